// bench/print: what one printed ticket costs. Bytes per ticket as sent to the printer, and Lotsa's own time from the
// kiosk's POST /api/tickets to the ticket's cut reaching the far end of a PTY pair (socat, a test printer answering
// like an Epson): a PTY moves bytes at memory speed whatever the baud, so this is the software's overhead — storing
// the ticket (fsync), laying it out, encoding, the status question before the job — beside the loopback HTTP round
// trip it contains. On real hardware the bytes then take their wire time, bytes × 10 / baud (8N1), shown for 9600,
// 19200 and 115200 baud. Goal: overhead p99 under 20 ms; a text-only ticket under 600 bytes (0.63 s at 9600).
// Then a ticket in each visitor language: bytes and wire time at 19,200 baud against the limit of 2,500 bytes (1.3 s;
// lines in scripts no code page holds travel as images), and tap → cut with the drawing of those images in it.
// Prints figures and ratios; asserts nothing. Run: npm run bench:print
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from '../common/stats/percentile.ts';
import { startPrinterRig } from '../tests/helpers/printerRig.ts';
import { LANGUAGE_CODES } from '../common/i18n/languages.ts';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 200);
const GOAL_P99_MS = 20;
const BYTES_GOAL = 600;
const LANGUAGE_TICKETS = Number(process.env.BENCH_LANGUAGE_TICKETS ?? 20);
const LANGUAGE_BYTES_LIMIT = 2500;
const LANGUAGE_BAUD = 19200;

function line(label: string, samples: number[]): { p50: number; p99: number } {
  const figures = { p50: percentile(samples, 50)!, p99: percentile(samples, 99)! };
  console.log(`${label.padEnd(52)} p50 ${figures.p50.toFixed(2).padStart(6)} ms   p99 ${figures.p99.toFixed(2).padStart(6)} ms   max ${Math.max(...samples).toFixed(2)} ms`);
  return figures;
}

const rig = await startPrinterRig();
const { hub, far } = rig;
try {
  const service = (await hub.api('POST', '/api/services', { name: 'Bygga, bo, miljö och tillstånd', prefix: 'B' })).body as { id: number };

  const toCut: number[] = [];
  const toAnswer: number[] = [];
  const roundTrip: number[] = [];
  for (let i = 0; i < TICKETS; i++) {
    const start = performance.now();
    await hub.api('GET', '/api/health');
    roundTrip.push(performance.now() - start);

    const tap = performance.now();
    const { status, body } = await hub.api('POST', '/api/tickets', { serviceId: service.id, language: 'sv' });
    if (status !== 201 || body.print.status !== 'printed') throw new Error(`ticket ${i}: ${status} ${JSON.stringify(body.print)}`);
    toAnswer.push(performance.now() - tap);
    toCut.push(far.cutTimes()[i]! - tap);
    // A visitor every few ms is far more than any kiosk; the pause keeps each measurement to one ticket.
    await sleep(5);
  }

  const sizes = far.tickets().map((t) => t.length);
  const meanBytes = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  const maxBytes = Math.max(...sizes);
  console.log(`${TICKETS} tickets through the hub to a test printer on a PTY pair`);
  console.log(`bytes per ticket                                     mean ${meanBytes.toFixed(0)}   max ${maxBytes}   (goal under ${BYTES_GOAL}: ${(maxBytes / BYTES_GOAL).toFixed(2)}× of it)`);
  const http = line('loopback round trip (GET /api/health)', roundTrip);
  const overhead = line('tap → cut at the far end of the PTY (Lotsa overhead)', toCut);
  line('tap → the kiosk has its answer ("printed")', toAnswer);
  console.log(`overhead p99 is ${(overhead.p99 / GOAL_P99_MS).toFixed(2)}× the ${GOAL_P99_MS} ms goal, p50 ${(overhead.p50 / http.p50).toFixed(1)}× a loopback round trip`);
  console.log('wire time of the largest ticket on a real serial line (bytes × 10 / baud), and the whole tap-to-cut:');
  for (const baud of [9600, 19200, 115200]) {
    const wireMs = (maxBytes * 10 * 1000) / baud;
    console.log(`  ${String(baud).padStart(6)} baud: wire ${wireMs.toFixed(0).padStart(4)} ms + overhead p50 ${overhead.p50.toFixed(1)} ms = ${(wireMs + overhead.p50).toFixed(0)} ms (overhead ${((overhead.p50 / (wireMs + overhead.p50)) * 100).toFixed(1)}% of it)`);
  }

  await hub.api('POST', '/api/settings', { visitorLanguages: LANGUAGE_CODES });
  const limitMs = (LANGUAGE_BYTES_LIMIT * 10 * 1000) / LANGUAGE_BAUD;
  console.log(`a ticket per visitor language, ${LANGUAGE_TICKETS} each (profile epson-80; limit ${LANGUAGE_BYTES_LIMIT} bytes = ${limitMs.toFixed(0)} ms at ${LANGUAGE_BAUD} baud):`);
  for (const language of LANGUAGE_CODES) {
    const first = far.tickets().length;
    const cuts: number[] = [];
    for (let i = 0; i < LANGUAGE_TICKETS; i++) {
      const tap = performance.now();
      const { status, body } = await hub.api('POST', '/api/tickets', { serviceId: service.id, language });
      if (status !== 201 || body.print.status !== 'printed') throw new Error(`${language} ticket ${i}: ${status} ${JSON.stringify(body.print)}`);
      cuts.push(far.cutTimes()[first + i]! - tap);
      await sleep(5);
    }
    const bytes = Math.max(...far.tickets().slice(first).map((t) => t.length));
    const wireMs = (bytes * 10 * 1000) / LANGUAGE_BAUD;
    console.log(`  ${language}: ${String(bytes).padStart(5)} bytes, wire ${wireMs.toFixed(0).padStart(4)} ms (${(bytes / LANGUAGE_BYTES_LIMIT).toFixed(2)}× the limit)   tap → cut p50 ${percentile(cuts, 50)!.toFixed(1).padStart(6)} ms   p99 ${percentile(cuts, 99)!.toFixed(1).padStart(6)} ms`);
  }
} finally {
  await rig.stop();
}
