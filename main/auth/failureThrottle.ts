// Slows down guessing: after a few wrong answers for one key (a username from one address, a kiosk's exit PIN)
// every attempt is refused until a lock runs out, and each further lock lasts twice as long, up to a ceiling.
// Pure apart from the injected clock, so the timing is tested without waiting.

export interface ThrottlePolicy {
  triesBeforeLock: number;
  lockMs: number;
  /** The longest lock after repeated lock-outs; default lockMs (no growth). */
  maxLockMs?: number;
}

interface Record {
  wrongInARow: number;
  locks: number;
  lockedUntil: number;
  lastAt: number;
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
    return record ? Math.max(0, record.lockedUntil - this.now()) : 0;
  }

  failed(key: string): void {
    const now = this.now();
    const record = this.records.get(key) ?? { wrongInARow: 0, locks: 0, lockedUntil: 0, lastAt: now };
    this.records.delete(key);
    record.wrongInARow++;
    record.lastAt = now;
    if (record.wrongInARow >= this.policy.triesBeforeLock) {
      const lockMs = Math.min(this.policy.lockMs * 2 ** record.locks, this.policy.maxLockMs ?? this.policy.lockMs);
      record.wrongInARow = 0;
      record.locks++;
      record.lockedUntil = now + lockMs;
    }
    // Re-inserted so the Map's order is least recently failed first.
    this.records.set(key, record);
    if (this.records.size > MAX_KEYS) this.records.delete(this.records.keys().next().value!);
  }

  succeeded(key: string): void {
    this.records.delete(key);
  }
}
