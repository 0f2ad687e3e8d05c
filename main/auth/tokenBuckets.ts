// A rate limit per key (a paired kiosk): a burst of `capacity` is allowed at once, then one more every
// `refillMs`. A kiosk in a busy morning takes a ticket every few seconds; a script hammering it is held back.

export interface BucketPolicy {
  capacity: number;
  refillMs: number;
}

const MAX_KEYS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly policy: BucketPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token: 0 when allowed, otherwise the wait in ms until the next token. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.policy.capacity, at: now };
    const refilled = Math.min(this.policy.capacity, bucket.tokens + (now - bucket.at) / this.policy.refillMs);
    this.buckets.delete(key);
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: now });
      return Math.ceil((1 - refilled) * this.policy.refillMs);
    }
    this.buckets.set(key, { tokens: refilled - 1, at: now });
    if (this.buckets.size > MAX_KEYS) this.buckets.delete(this.buckets.keys().next().value!);
    return 0;
  }
}
