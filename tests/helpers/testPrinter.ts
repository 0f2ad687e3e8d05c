// A stand-in for an Epson TM-T20 at the far end of a serial line: it takes bytes the way the printer does, answers
// DLE EOT 1/2/4 at once with the status bytes of the Epson reference, answers GS r 1 only when it reaches it in the
// data (after the ticket before it is out), holds everything while out of paper or with the cover open, drops what it
// holds on DLE DC4 8, and can be silenced as if switched off.
import { SerialPort } from 'serialport';
import { setTimeout as sleep } from 'node:timers/promises';

export type TestPrinterMode = 'ready' | 'paper-near-end' | 'paper-out' | 'cover-open' | 'mute';

const DLE = 0x10;
const GS = 0x1d;
const CUT = [0x1d, 0x56, 0x42, 0x00];
/** DLE EOT answers (printer, offline cause, roll paper) as a TM-T20 sends them in each condition. */
const STATUS: Record<Exclude<TestPrinterMode, 'mute'>, Record<number, number>> = {
  ready: { 1: 0x12, 2: 0x12, 4: 0x12 },
  'paper-near-end': { 1: 0x12, 2: 0x12, 4: 0x1e },
  'paper-out': { 1: 0x1a, 2: 0x32, 4: 0x7e },
  'cover-open': { 1: 0x1a, 2: 0x16, 4: 0x12 },
};

type Held = { data: number } | { paperQuestion: true };

export interface TestPrinter {
  setMode(mode: TestPrinterMode): void;
  /** The paper ends after this many more printed bytes: a ticket cut short in the middle. */
  runOutOfPaperAfter(byteCount: number): void;
  /** Every byte the printer has printed (real-time questions left out), in order. */
  printed(): Uint8Array;
  /** The printed bytes cut into tickets, one per partial cut (the cut included). */
  tickets(): Uint8Array[];
  waitForTickets(count: number, timeoutMs?: number): Promise<Uint8Array[]>;
  /** performance.now() at each cut's arrival, for timing a ticket from the tap to the paper. */
  cutTimes(): number[];
  close(): Promise<void>;
}

export async function openTestPrinter(path: string, mode: TestPrinterMode = 'ready'): Promise<TestPrinter> {
  const port = new SerialPort({ path, baudRate: 19200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  port.on('error', () => {});
  let current = mode;
  let pending: number[] = [];
  const printed: number[] = [];
  let held: Held[] = [];
  let paperLeft = Infinity;
  const cuts: number[] = [];

  const processing = () => current === 'ready' || current === 'paper-near-end';
  const answer = (...bytes: number[]) => port.isOpen && port.write(Buffer.from(bytes));
  const take = (item: Held) => {
    if (!processing()) return void held.push(item);
    if ('data' in item) {
      printed.push(item.data);
      if (CUT.every((b, k) => printed[printed.length - CUT.length + k] === b)) cuts.push(performance.now());
      if (--paperLeft <= 0) current = 'paper-out';
    } else answer(current === 'paper-near-end' ? 0x03 : 0x00);
  };

  port.on('data', (chunk: Buffer) => {
    if (current === 'mute') return;
    pending.push(...chunk);
    for (;;) {
      const [first, second, third] = pending;
      if (first === undefined) break;
      if ((first === DLE || first === GS) && second === undefined) break;
      if (first === DLE && second === 0x04) {
        if (third === undefined) break;
        answer(STATUS[current as Exclude<TestPrinterMode, 'mute'>][third] ?? 0x12);
        pending = pending.slice(3);
      } else if (first === DLE && second === 0x14) {
        if (pending.length < 10) break;
        held = [];
        answer(0x37, 0x25, 0x00);
        pending = pending.slice(10);
      } else if (first === GS && second === 0x72) {
        if (third === undefined) break;
        take({ paperQuestion: true });
        pending = pending.slice(3);
      } else {
        take({ data: first });
        pending = pending.slice(1);
      }
    }
  });

  const tickets = () => {
    const out: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i + CUT.length <= printed.length; i++) {
      if (CUT.every((b, k) => printed[i + k] === b)) {
        out.push(Uint8Array.from(printed.slice(start, i + CUT.length)));
        start = i + CUT.length;
      }
    }
    return out;
  };

  return {
    setMode: (next) => {
      current = next;
      paperLeft = Infinity;
      if (processing()) {
        const queued = held;
        held = [];
        queued.forEach(take);
      }
    },
    runOutOfPaperAfter: (byteCount) => (paperLeft = byteCount),
    printed: () => Uint8Array.from(printed),
    tickets,
    waitForTickets: async (count, timeoutMs = 5000) => {
      for (let waited = 0; tickets().length < count; waited += 20) {
        if (waited > timeoutMs) throw new Error(`the test printer got ${tickets().length} tickets, not ${count}, within ${timeoutMs} ms`);
        await sleep(20);
      }
      return tickets();
    },
    cutTimes: () => cuts.slice(),
    close: () => new Promise<void>((resolve) => (port.isOpen ? port.close(() => resolve()) : resolve())),
  };
}
