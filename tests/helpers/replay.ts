// A screen replaying the event log from after=0 that keeps only counts, so a test or bench with many of them measures
// the hub rather than its own bookkeeping: how many events came, whether each came once and in order, and when the
// last one did.
import WebSocket from 'ws';

export interface Replay {
  /** Resolves once the event with lastSeq has arrived; the socket is closed then. */
  done: Promise<void>;
  received: () => number;
  bytes: () => number;
  /** Every event so far came once, in seq order, with no gap. */
  ordered: () => boolean;
  /** performance.now() when the last event came. */
  finishedAt: () => number;
}

export function replayFromZero(hubUrl: string, token: string, lastSeq: number): Replay {
  const socket = new WebSocket(`${hubUrl.replace(/^http/, 'ws')}/api/events?after=0`, { headers: { authorization: `Bearer ${token}` } });
  let received = 0;
  let bytes = 0;
  let expected = 1;
  let ordered = true;
  let finishedAt = 0;
  const done = new Promise<void>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      // A closing socket still hands over what already arrived, such as the hub's own day.started after lastSeq.
      if (finishedAt > 0) return;
      bytes += data.length;
      received++;
      const { seq } = JSON.parse(String(data)) as { seq: number };
      if (seq !== expected) ordered = false;
      expected = seq + 1;
      if (seq === lastSeq) {
        finishedAt = performance.now();
        socket.close();
        resolve();
      }
    });
    socket.once('error', reject);
  });
  return { done, received: () => received, bytes: () => bytes, ordered: () => ordered, finishedAt: () => finishedAt };
}
