// bench/load: a centre flat out for a fixed time — kiosks issuing tickets and desks calling and finishing visitors
// without pause while 50 paired wall displays follow the event stream. Prints operations per second and p50/p99
// latency per operation against this disk's rate of durable SQLite commits (each operation is one commit, so that
// rate is the ceiling), and checks that every display received every public event exactly once, in seq order; exits
// 1 if one did not or if the hub refused an operation. Run: npm run bench:load (BENCH_SECONDS, BENCH_KIOSKS, BENCH_DESKS)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from '../common/stats/percentile.ts';
import type { QueueSnapshot } from '../common/schemas/tickets.ts';
import { startHub } from '../tests/helpers/hub.ts';
import type { EventCollector } from '../tests/helpers/events.ts';
import { checkDelivery, connectDisplays, currentSeq, runLoad } from '../tests/helpers/load.ts';
import { fsyncCeiling, loopbackRoundTrip } from './measure.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const KIOSKS = Number(process.env.BENCH_KIOSKS ?? 3);
const DESKS = Number(process.env.BENCH_DESKS ?? 4);
const DISPLAYS = 50;
const ROUNDS = 300;

let healthy = true;
const dir = mkdtempSync(join(tmpdir(), 'lotsa-bench-load-'));
try {
  const fsync = await fsyncCeiling(dir, ROUNDS);
  const hub = await startHub({ dataDir: join(dir, 'hub') });
  let displays: EventCollector[] = [];
  try {
    const roundTrip = await loopbackRoundTrip(hub, ROUNDS);
    const services = await Promise.all(['A', 'B'].map(async (prefix) => (await hub.api<{ id: number }>('POST', '/api/services', { name: `Bench ${prefix}`, prefix })).body.id));
    const desks: number[] = [];
    for (let n = 1; n <= DESKS; n++) desks.push((await hub.api<{ id: number }>('POST', '/api/desks', { name: `Desk ${n}`, serviceIds: services })).body.id);
    const after = await currentSeq(hub);
    displays = await connectDisplays(hub, DISPLAYS, after);

    console.log('');
    console.log(`${SECONDS} s flat out: ${KIOSKS} kiosks issuing, ${DESKS} desks each calling next then finishing, ${DISPLAYS} paired displays on /api/events`);
    console.log('(the kiosks use the API token: a paired kiosk is rate limited to a burst of 10 tickets, then one per 3 s)');
    const outcome = await runLoad(hub, { serviceIds: services, deskIds: desks, kiosks: KIOSKS, durationMs: SECONDS * 1000 });
    const seconds = outcome.elapsedMs / 1000;
    const line = (label: string, samples: number[]) => {
      const perSecond = samples.length / seconds;
      const [p50, p99] = [percentile(samples, 50) ?? NaN, percentile(samples, 99) ?? NaN];
      console.log(`${label.padEnd(40)} ${String(samples.length).padStart(6)} ops ${perSecond.toFixed(0).padStart(6)}/s   p50 ${p50.toFixed(2).padStart(6)} ms   p99 ${p99.toFixed(2).padStart(6)} ms`);
      return perSecond;
    };
    const issued = line('issue   POST /api/tickets', outcome.issue);
    const called = line('call    POST /api/desks/:id/next', outcome.call);
    line('finish  POST /api/desks/:id/finish', outcome.finish);
    const issueAndCall = line('issue + call', [...outcome.issue, ...outcome.call]);
    const writes = line('every write (issue + call + finish)', [...outcome.issue, ...outcome.call, ...outcome.finish]);
    const waiting = (await hub.api<QueueSnapshot>('GET', '/api/queue')).body.waiting.length;
    console.log(`next found nobody waiting ${outcome.emptyCalls} times; ${waiting} tickets still waiting at the end (issued ${issued.toFixed(0)}/s, called ${called.toFixed(0)}/s)`);
    if (outcome.refusals.length > 0) {
      healthy = false;
      console.log(`REFUSED ${outcome.refusals.length} operations, first: ${outcome.refusals.slice(0, 3).join(' | ')}`);
    }

    console.log('');
    console.log(`issue+call/s ÷ fsync commits/s   = ${(issueAndCall / fsync.perSecond).toFixed(2)}  (1.00 would be the disk's limit)`);
    console.log(`all writes/s ÷ fsync commits/s   = ${(writes / fsync.perSecond).toFixed(2)}`);
    console.log(`issue p50 ÷ round-trip p50       = ${((percentile(outcome.issue, 50) ?? NaN) / roundTrip.p50).toFixed(2)}`);

    const { expected, problems } = await checkDelivery(hub, displays, after);
    console.log('');
    console.log(`${expected.length} public events × ${DISPLAYS} displays = ${expected.length * DISPLAYS} messages`);
    console.log(`every display received every public event exactly once, in seq order: ${problems.length === 0 ? 'yes' : `NO, ${problems.length} displays did not`}`);
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0) healthy = false;
  } finally {
    await Promise.all(displays.map((display) => display.close()));
    await hub.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (!healthy) process.exitCode = 1;
