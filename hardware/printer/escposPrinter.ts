// The ESC/POS printer on a serial line, kept alive: it asks the printer how it is every few seconds and before each
// job, reopens the line with back-off when it goes away (cable pulled, printer switched off), and prints one job at a
// time. A job is confirmed by the printer's answer to GS r 1 sent after the cut — the printer answers it only when
// it gets there, after the ticket is out. A job that cannot print fails with a reason at once; none waits for the
// printer to come back.
import { clearBuffers, join, realtimeStatus, transmitPaperStatus } from '../escpos/encoder.ts';
import { CLEAR_BUFFERS_ANSWER_LENGTH } from '../escpos/commands.ts';
import { conditionOf, paperCondition, type PrinterCondition } from './statusParser.ts';
import { openSerialTransport, type SerialLine, type Transport } from './serialTransport.ts';

export type PrintFailure = 'paper-out' | 'cover-open' | 'offline' | 'expired' | 'unconfirmed';
export type PrintOutcome = { ok: true } | { ok: false; reason: PrintFailure };

export const PRINTER_TIMING = {
  /** How often the printer is asked how it is while idle: paper out or a cover opened shows within seconds. */
  pollMs: 2000,
  /** A DLE EOT answer takes a few ms; a printer silent this long is off or unplugged. */
  answerMs: 500,
  reopenFirstMs: 500,
  reopenMaxMs: 5000,
  /** Beyond the bytes' wire time, how long printing, feeding and cutting a ticket may take before it counts as lost. */
  printMarginMs: 5000,
};
export type PrinterTiming = typeof PRINTER_TIMING;

export interface EscposPrinterOptions {
  line: SerialLine;
  onCondition: (condition: PrinterCondition) => void;
  timing?: Partial<PrinterTiming>;
  open?: (line: SerialLine) => Promise<Transport>;
}

const STATUS_QUESTION = join([realtimeStatus(1), realtimeStatus(2), realtimeStatus(4)]);
const canPrint = (condition: PrinterCondition) => condition === 'ready' || condition === 'paper-near-end';
/** 8N1: ten bits on the wire per byte. */
export const wireMs = (byteCount: number, baud: number) => (byteCount * 10 * 1000) / baud;

export class EscposPrinter {
  private readonly timing: PrinterTiming;
  private readonly open: (line: SerialLine) => Promise<Transport>;
  private transport: Transport | undefined;
  private current: PrinterCondition = 'offline';
  private chain: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private stopped = false;
  private reopenDelayMs: number;
  private reopenTimer: NodeJS.Timeout | undefined;
  private readonly pollTimer: NodeJS.Timeout;

  constructor(private readonly options: EscposPrinterOptions) {
    this.timing = { ...PRINTER_TIMING, ...options.timing };
    this.open = options.open ?? openSerialTransport;
    this.reopenDelayMs = this.timing.reopenFirstMs;
    this.pollTimer = setInterval(() => {
      if (this.transport && this.pending === 0) void this.exclusive(() => this.checkStatus());
    }, this.timing.pollMs).unref();
    void this.connect();
  }

  condition(): PrinterCondition {
    return this.current;
  }

  /** Prints the job unless the printer is known to be unable to, or the job's turn comes after `expiresAtMs`. */
  print(bytes: Uint8Array, expiresAtMs: number): Promise<PrintOutcome> {
    if (!canPrint(this.current)) return Promise.resolve({ ok: false, reason: this.current as PrintFailure });
    return this.exclusive(async () => {
      if (Date.now() > expiresAtMs) return { ok: false, reason: 'expired' } as const;
      const condition = await this.checkStatus();
      if (!canPrint(condition)) return { ok: false, reason: condition as PrintFailure };
      return this.send(bytes);
    });
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.reopenTimer);
    await this.chain;
    await this.transport?.close();
  }

  private async send(bytes: Uint8Array): Promise<PrintOutcome> {
    const transport = this.transport;
    if (!transport) return { ok: false, reason: 'offline' };
    try {
      await transport.write(bytes);
      const [answer] = await transport.ask(transmitPaperStatus(), 1, wireMs(bytes.length, this.options.line.baud) + this.timing.printMarginMs);
      const paper = paperCondition(answer!);
      if (paper) this.become(paper);
      return { ok: true };
    } catch {
      // Whatever of the job is still on its way, in our buffer or the printer's, is dropped: a visitor who was told
      // to remember the number must not find a ticket coming out later for someone else to take.
      await transport.discard().catch(() => {});
      await transport.ask(clearBuffers(), CLEAR_BUFFERS_ANSWER_LENGTH, this.timing.answerMs).catch(() => {});
      const condition = await this.checkStatus();
      return { ok: false, reason: canPrint(condition) ? 'unconfirmed' : (condition as PrintFailure) };
    }
  }

  private async checkStatus(): Promise<PrinterCondition> {
    const transport = this.transport;
    if (!transport) return this.current;
    try {
      const [printer, offlineCause, rollPaper] = await transport.ask(STATUS_QUESTION, 3, this.timing.answerMs);
      this.become(conditionOf({ printer: printer!, offlineCause: offlineCause!, rollPaper: rollPaper! }));
    } catch {
      this.become('offline');
      // A line that stays open but silent may be a stale device node (the adapter was re-plugged): start again on the
      // same path, which the back-off then keeps trying.
      void transport.close();
    }
    return this.current;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      const transport = await this.open(this.options.line);
      if (this.stopped) return void (await transport.close());
      this.transport = transport;
      this.reopenDelayMs = this.timing.reopenFirstMs;
      void transport.closed.then(() => this.lost(transport));
      await this.exclusive(() => this.checkStatus());
    } catch {
      this.become('offline');
      this.scheduleReopen();
    }
  }

  private lost(transport: Transport): void {
    if (this.transport !== transport) return;
    this.transport = undefined;
    this.become('offline');
    this.scheduleReopen();
  }

  private scheduleReopen(): void {
    if (this.stopped) return;
    this.reopenTimer = setTimeout(() => void this.connect(), this.reopenDelayMs).unref();
    this.reopenDelayMs = Math.min(this.reopenDelayMs * 2, this.timing.reopenMaxMs);
  }

  private become(condition: PrinterCondition): void {
    if (condition === this.current) return;
    this.current = condition;
    try {
      this.options.onCondition(condition);
    } catch {
      // A listener's failure (the hub shutting down) must not stop the printer's own bookkeeping.
    }
  }

  /** The one writer: status questions and jobs take turns on the line, in the order they came. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const run = this.chain.then(task).finally(() => (this.pending -= 1));
    this.chain = run.catch(() => {});
    return run;
  }
}
