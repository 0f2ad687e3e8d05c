// A WebSocket client for /api/events that keeps every event it receives, so a test can wait for what a screen would
// see and compare it with what it did.
import WebSocket from 'ws';
import type { HubEvent, StreamMessage } from '../../common/schemas/events.ts';
import { answerChecker } from './contract.ts';

export interface EventCollector {
  /** The events, without the resync message. */
  readonly events: HubEvent[];
  /** Every message in the order it came, the resync message included. */
  readonly messages: StreamMessage[];
  /** Resolves once at least `count` events have arrived (rejects after timeoutMs with what did arrive). */
  waitFor(count: number, timeoutMs?: number): Promise<HubEvent[]>;
  /** The seq of the last message received, or the `after` the client connected with (0 without). */
  lastSeq(): number;
  close(): Promise<void>;
}

const wsUrl = (hubUrl: string, query: string) => `${hubUrl.replace(/^http/, 'ws')}/api/events${query}`;

/**
 * credential: the API token (staff-only events included) or a paired display's credential (a public screen).
 * after: undefined opens the stream without it (from now on).
 */
export async function collectEvents(hubUrl: string, after: number | undefined, credential: string): Promise<EventCollector> {
  const checker = await answerChecker(hubUrl);
  const socket = new WebSocket(wsUrl(hubUrl, after === undefined ? '' : `?after=${after}`), { headers: { authorization: `Bearer ${credential}` } });
  const events: HubEvent[] = [];
  const messages: StreamMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on('message', (data) => {
    // A message the document does not describe fails the test run right here, whichever test is waiting.
    checker.checkEvent(String(data));
    const message = JSON.parse(String(data)) as StreamMessage;
    messages.push(message);
    if (message.type !== 'resync') events.push(message);
    for (const check of waiters) check();
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
    socket.once('unexpected-response', (_req, res) => reject(new Error(`event stream refused with HTTP ${res.statusCode}`)));
  });
  return {
    events,
    messages,
    lastSeq: () => messages.at(-1)?.seq ?? after ?? 0,
    waitFor: (count, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (events.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(events.slice());
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} events within ${timeoutMs} ms, got ${events.length}: ${events.map((e) => `${e.seq}:${e.type}`).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close();
      }),
  };
}

/** Opens /api/events with a raw query string that the hub should refuse; answers the HTTP status and body of the refusal. */
export async function refusedUpgrade(hubUrl: string, query: string): Promise<{ status: number; body: string }> {
  const checker = await answerChecker(hubUrl);
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(hubUrl, query));
    socket.once('open', () => {
      socket.close();
      reject(new Error(`the hub accepted the event stream ${query}`));
    });
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        try {
          checker.check('GET', `/api/events${query}`, res.statusCode ?? 0, res.headers['content-type'] ?? null, body);
          resolve({ status: res.statusCode ?? 0, body });
        } catch (error) {
          reject(error as Error);
        }
      });
    });
    socket.once('error', (error) => reject(error));
  });
}
