// Slows down guessing: after a few wrong answers for one key (a username from one address, a kiosk's exit PIN)
// every attempt is refused until a lock runs out, and each further lock lasts twice as long, up to a ceiling.
// An attempt is reserved before its answer is checked and counted as wrong until it is settled, so attempts sent in
// parallel are limited exactly like attempts sent one after another: with 5 tries, the sixth is refused at once, even
// while the first five are still being checked. Pure apart from the injected clock, so the timing is tested without
// waiting.

export interface ThrottlePolicy {
  triesBeforeLock: number;
  lockMs: number;
  /** The longest lock after repeated lock-outs; default lockMs (no growth). */
  maxLockMs?: number;
}

/** How a reserved attempt ended: `failed` counts it; `succeeded` clears the key's wrong answers (a right password);
 *  `released` only gives the reservation back (checked elsewhere, or never checked at all). */
export type AttemptOutcome = 'failed' | 'succeeded' | 'released';

interface Record {
  wrongInARow: number;
  /** Reserved attempts not yet settled: they count as wrong until they are. */
  pending: number;
  locks: number;
  lockedUntil: number;
}

/** Enough keys for any real centre; beyond it the stalest record is forgotten, so a flood cannot exhaust memory. */
const MAX_KEYS = 10_000;

export class FailureThrottle {
  private readonly records = new Map<string, Record>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the key may try now, otherwise how long it must wait. */
  retryAfterMs(key: string): number {
    const record = this.records.get(key);
    if (!record) return 0;
    const locked = Math.max(0, record.lockedUntil - this.now());
    if (locked > 0 || record.wrongInARow + record.pending < this.policy.triesBeforeLock) return locked;
    // The tries are used up by attempts still being checked: if they all turn out wrong, this is the lock that follows.
    return this.nextLockMs(record);
  }

  /** Reserves one attempt: 0 when it may go ahead (settle it later, exactly once), else the wait and nothing reserved. */
  reserve(key: string): number {
    const waitMs = this.retryAfterMs(key);
    if (waitMs > 0) return waitMs;
    const record = this.touch(key);
    record.pending++;
    return 0;
  }

  settle(key: string, outcome: AttemptOutcome): void {
    const record = this.touch(key);
    record.pending = Math.max(0, record.pending - 1);
    if (outcome === 'failed') this.countWrong(record);
    if (outcome !== 'succeeded') return;
    // A right answer forgets the key's history, locks included, as one sequential success would.
    if (record.pending === 0) this.records.delete(key);
    else Object.assign(record, { wrongInARow: 0, locks: 0, lockedUntil: 0 });
  }

  private countWrong(record: Record): void {
    record.wrongInARow++;
    if (record.wrongInARow >= this.policy.triesBeforeLock) {
      record.lockedUntil = this.now() + this.nextLockMs(record);
      record.wrongInARow = 0;
      record.locks++;
    }
  }

  private nextLockMs(record: Record): number {
    return Math.min(this.policy.lockMs * 2 ** record.locks, this.policy.maxLockMs ?? this.policy.lockMs);
  }

  /** The key's record, moved to the end so the Map's order is least recently used first. */
  private touch(key: string): Record {
    const record = this.records.get(key) ?? { wrongInARow: 0, pending: 0, locks: 0, lockedUntil: 0 };
    this.records.delete(key);
    this.records.set(key, record);
    if (this.records.size > MAX_KEYS) this.records.delete(this.records.keys().next().value!);
    return record;
  }
}
