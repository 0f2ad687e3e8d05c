// The serial line to the printer: serialport 13, 8N1 at the configured baud, flow control per profile. Bytes out,
// answers back, and notice when the line goes away. It knows nothing of ESC/POS; the printer driver asks the questions
// and keeps to one conversation at a time.
import { SerialPort } from 'serialport';
import type { FlowControl } from './profiles.ts';

/** Beyond an answer's time-out, how long unread bytes get to be read after the event loop was held up. */
const ANSWER_GRACE_MS = 50;

export interface SerialLine {
  path: string;
  baud: number;
  flowControl: FlowControl;
}

export interface Transport {
  /** Hands the bytes to the operating system's serial buffer. */
  write(bytes: Uint8Array): Promise<void>;
  /** Sends a question and resolves with the next `length` bytes that come back; rejects after `timeoutMs`. */
  ask(question: Uint8Array, length: number, timeoutMs: number): Promise<Uint8Array>;
  /** Throws away whatever is still waiting to go out or to be read, so a failed job is not sent later. */
  discard(): Promise<void>;
  close(): Promise<void>;
  /** Resolves once when the line closes, however that happens (unplugged, switched off, closed by us). */
  readonly closed: Promise<void>;
}

export class NoAnswer extends Error {
  constructor(timeoutMs: number) {
    super(`the printer did not answer within ${timeoutMs} ms`);
  }
}

const callback = (run: (done: (error?: Error | null) => void) => void) =>
  new Promise<void>((resolve, reject) => run((error) => (error ? reject(error) : resolve())));

export async function openSerialTransport(line: SerialLine): Promise<Transport> {
  const port = new SerialPort({
    path: line.path,
    baudRate: line.baud,
    dataBits: 8,
    parity: 'none',
    stopBits: 1,
    rtscts: line.flowControl === 'rtscts',
    xon: line.flowControl === 'xonxoff',
    xoff: line.flowControl === 'xonxoff',
    autoOpen: false,
  });
  await callback((done) => port.open(done));

  let waiter: { length: number; got: number[]; resolve: (bytes: Uint8Array) => void } | undefined;
  // Bytes nobody asked for (a late answer after a time-out, line noise) are dropped, so they never answer a later
  // question.
  port.on('data', (chunk: Buffer) => {
    if (!waiter) return;
    waiter.got.push(...chunk);
    if (waiter.got.length >= waiter.length) {
      const { resolve, got, length } = waiter;
      waiter = undefined;
      resolve(Uint8Array.from(got.slice(0, length)));
    }
  });
  // An error on an open port is followed by 'close'; without a listener it would crash the hub.
  port.on('error', () => {});
  const closed = new Promise<void>((resolve) => port.once('close', () => resolve()));

  const write = (bytes: Uint8Array) => callback((done) => port.write(Buffer.from(bytes), done));
  return {
    write,
    ask: async (question, length, timeoutMs) => {
      if (waiter) throw new Error('one question at a time on the printer line');
      const answer = new Promise<Uint8Array>((resolve) => (waiter = { length, got: [], resolve }));
      let timer: NodeJS.Timeout | undefined;
      // When the time is up, one short look more: if the hub's event loop was busy (drawing a ticket's image lines), an
      // answer that came meanwhile is still unread, and the timer must not beat it to a false "offline".
      const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => (timer = setTimeout(() => reject(new NoAnswer(timeoutMs)), ANSWER_GRACE_MS)), timeoutMs)));
      try {
        // The write is raced too: with hardware flow control a printer that holds CTS low never takes the bytes.
        return await Promise.race([write(question).then(() => answer), timeout]);
      } finally {
        clearTimeout(timer);
        waiter = undefined;
      }
    },
    discard: () => (port.isOpen ? callback((done) => port.flush(done)) : Promise.resolve()),
    close: async () => {
      if (port.isOpen) await callback((done) => port.close(done)).catch(() => {});
      await closed;
    },
    closed,
  };
}
