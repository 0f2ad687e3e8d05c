// bench/replay's screens, in a process of their own: parsing millions of replayed events must not delay the bench's
// view of GET /api/health, which is what it measures. Takes its job as JSON in argv; over IPC it says
// 'started' as it opens the streams, then sends its ReplayResult.
import { replayFromZero } from '../tests/helpers/replay.ts';

export interface ReplayJob {
  url: string;
  token: string;
  lastSeq: number;
  streams: number;
}

export interface ReplayResult {
  events: number;
  bytes: number;
  /** Streams that did not get every event once, in order. */
  wrong: number;
  slowestMs: number;
}

const { url, token, lastSeq, streams } = JSON.parse(process.argv[2]!) as ReplayJob;
process.send!('started');
const start = performance.now();
const replays = Array.from({ length: streams }, () => replayFromZero(url, token, lastSeq));
await Promise.all(replays.map((r) => r.done));
const result: ReplayResult = {
  events: replays.reduce((sum, r) => sum + r.received(), 0),
  bytes: replays.reduce((sum, r) => sum + r.bytes(), 0),
  wrong: replays.filter((r) => !r.ordered() || r.received() !== lastSeq).length,
  slowestMs: Math.max(...replays.map((r) => r.finishedAt() - start)),
};
process.send!(result);
process.disconnect();
