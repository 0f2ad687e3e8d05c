// Delivers the rows of a durable log after each remote's cursor, in seq order, one at a time per remote, with
// back-off: the part of store-and-forward that does not care what the rows are or where they go. Webhooks use it
// (main/webhooks/webhookLanes.ts: the event log, one lane per receiver); the central service's store-and-forward
// (issue 17) is meant to be one more lane. A lane keeps its cursor and attempt bookkeeping durable itself, so a
// restart resumes where the last settled row left off: delivery is at least once, never out of order.
// Sending is off the request path: the pump runs after the writer's commit has been answered, and a remote that
// is slow only holds its own lane, for at most timeoutMs.
import { nextAttemptAt, type RetryPolicy } from '../../common/outbox/retryPolicy.ts';
import type { EventLog } from '../events/eventLog.ts';

export interface OutboxRow {
  seq: number;
  /** When the row was written: the give-up time counts from it. */
  atMs: number;
  /** Failed attempts already recorded (after a restart, the ones before it). */
  attempts: number;
}

export type AttemptOutcome =
  | { status: 'delivered' }
  | { status: 'pending'; error: string; nextAttemptMs: number }
  | { status: 'failed'; error: string };

export interface OutboxLane<R extends OutboxRow = OutboxRow> {
  /** Stable while the remote exists: the relay's bookkeeping follows it. */
  readonly key: string;
  /** The first row after the lane's cursor, or null when it is caught up. */
  next(): R | null;
  /** Hands one row to the remote; resolves once the remote took it, rejects with why not. Must honour signal. */
  send(row: R, signal: AbortSignal): Promise<void>;
  /** Records an attempt durably; 'delivered' and 'failed' move the cursor past the row. */
  settle(row: R, attempt: { attempts: number; atMs: number }, outcome: AttemptOutcome): void;
}

export interface RelayOptions {
  policy: RetryPolicy;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs: number;
  clock: () => number;
  report: (message: string) => void;
}

const LOOK_AT_LEAST_EVERY_MS = 30_000;

/** Thrown by a lane's send when the remote itself says how long to wait (a refused credential that an
 *  administrator may replace): the next attempt comes after waitMs instead of the policy's back-off. */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly waitMs: number,
  ) {
    super(message);
  }
}

interface LaneState {
  busy: Promise<void> | null;
  abort: AbortController | null;
  /** The seq waiting for its next attempt, and when that is due. */
  waiting: { seq: number; dueMs: number } | null;
}

export class OutboxRelay {
  private readonly states = new Map<string, LaneState>();
  private scheduled = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly lanes: () => readonly OutboxLane[],
    private readonly options: RelayOptions,
  ) {}

  /** Looks for work soon (a new row was written, a lane was added or removed), never within the caller's turn. */
  wake(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /** Aborts the attempts under way and waits for them: nothing more is sent or recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    for (const state of this.states.values()) state.abort?.abort(new Error('the hub is stopping'));
    await Promise.all([...this.states.values()].map((state) => state.busy));
  }

  private pump(): void {
    if (this.stopped) return;
    const now = this.options.clock();
    const live = new Set<string>();
    for (const lane of this.lanes()) {
      live.add(lane.key);
      let state = this.states.get(lane.key);
      if (!state) this.states.set(lane.key, (state = { busy: null, abort: null, waiting: null }));
      if (state.busy) continue;
      let row: OutboxRow | null;
      try {
        row = lane.next();
      } catch (error) {
        // Looked at again after the first retry wait: a lane must not fall silent until the next row is written.
        this.options.report(`outbox ${lane.key}: could not read the next row: ${(error as Error).message}`);
        state.waiting = { seq: -1, dueMs: now + this.options.policy.firstRetryMs };
        continue;
      }
      if (!row) continue;
      if (state.waiting?.seq === row.seq && state.waiting.dueMs > now) continue;
      state.busy = this.attempt(lane, row, state);
    }
    for (const [key, state] of this.states) {
      if (live.has(key)) continue;
      state.abort?.abort(new Error('the remote was removed'));
      this.states.delete(key);
    }
    this.armTimer(now);
  }

  private armTimer(now: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const due = [...this.states.values()].flatMap((state) => (state.waiting && !state.busy ? [state.waiting.dueMs] : []));
    if (this.states.size === 0) return;
    // With lanes open, look again at least every LOOK_AT_LEAST_EVERY_MS, whatever woke it last: a missed wake-up
    // delays a delivery by that much, never for good.
    this.timer = setTimeout(() => this.wake(), Math.max(0, Math.min(now + LOOK_AT_LEAST_EVERY_MS, ...due) - now));
    this.timer.unref();
  }

  private async attempt(lane: OutboxLane, row: OutboxRow, state: LaneState): Promise<void> {
    const { clock, timeoutMs, policy } = this.options;
    const abort = new AbortController();
    state.abort = abort;
    const timeout = setTimeout(() => abort.abort(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    const attempts = row.attempts + 1;
    const atMs = clock();
    let outcome: AttemptOutcome;
    try {
      await lane.send(row, abort.signal);
      outcome = { status: 'delivered' };
    } catch (error) {
      const reason = abort.signal.aborted ? (abort.signal.reason as Error).message : describeFailure(error);
      const next = error instanceof RetryLater ? clock() + error.waitMs : nextAttemptAt(policy, attempts, row.atMs, clock());
      outcome = next === null ? { status: 'failed', error: reason } : { status: 'pending', error: reason, nextAttemptMs: next };
    } finally {
      clearTimeout(timeout);
    }
    state.abort = null;
    if (!this.stopped && this.states.get(lane.key) === state) {
      try {
        lane.settle(row, { attempts, atMs }, outcome);
        state.waiting = outcome.status === 'pending' ? { seq: row.seq, dueMs: outcome.nextAttemptMs } : null;
      } catch (error) {
        // Not recorded: the row stays next and is tried again after the usual wait.
        this.options.report(`outbox ${lane.key}: could not record an attempt: ${(error as Error).message}`);
        state.waiting = { seq: row.seq, dueMs: clock() + policy.firstRetryMs };
      }
    }
    state.busy = null;
    this.wake();
  }
}

/** fetch's "fetch failed" names its real reason (ECONNREFUSED, ENOTFOUND) in its cause. */
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return (error as Error).message ?? String(error);
}

/** Starts a relay that looks for work at every event the hub records (a new row may be due); the answer stops it. */
export function relayOnEvents(events: Pick<EventLog, 'subscribe'>, relay: OutboxRelay): () => Promise<void> {
  const unsubscribe = events.subscribe(() => relay.wake());
  relay.wake();
  return async () => {
    unsubscribe();
    await relay.stop();
  };
}
