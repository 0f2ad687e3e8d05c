// The hub's brakes on guessing and flooding, held in memory: a restart forgets them, which costs an attacker
// nothing they could not get by waiting, and keeps a wrongly locked-out receptionist from staying locked out.
import { FailureThrottle, type AttemptOutcome } from './failureThrottle.ts';
import { TokenBuckets } from './tokenBuckets.ts';
import { HashSlots } from './hashSlots.ts';

export interface AuthGuards {
  /** Wrong passwords per address and username: 5 tries, then 30 s, doubling to 15 minutes. */
  loginByName: FailureThrottle;
  /** Wrong passwords per address, whatever the name: a sweep over many usernames is slowed down too. */
  loginByAddress: FailureThrottle;
  /** Wrong pairing or setup codes per address. */
  codes: FailureThrottle;
  /** Tickets (and check-ins) per paired kiosk: a burst of 10, then one every 3 s. */
  tickets: TokenBuckets;
  /** Password checks (login, setup): 2 at once, 4 waiting per address and 16 in all. */
  hashing: HashSlots;
}

export function createAuthGuards(now: () => number = Date.now): AuthGuards {
  return {
    loginByName: new FailureThrottle({ triesBeforeLock: 5, lockMs: 30_000, maxLockMs: 15 * 60_000 }, now),
    loginByAddress: new FailureThrottle({ triesBeforeLock: 20, lockMs: 60_000, maxLockMs: 15 * 60_000 }, now),
    codes: new FailureThrottle({ triesBeforeLock: 5, lockMs: 60_000, maxLockMs: 15 * 60_000 }, now),
    tickets: new TokenBuckets({ capacity: 10, refillMs: 3_000 }, now),
    hashing: new HashSlots({ concurrency: 2, waitingPerKey: 4, waiting: 16 }),
  };
}

/** A throttle and the key it counts an attempt under. */
export type Watcher = [FailureThrottle, string];

/** One attempt reserved with each throttle that watches it (0), or the longest wait, with none reserved. */
export function reserveAttempt(...watchers: Watcher[]): number {
  const waitMs = Math.max(...watchers.map(([throttle, key]) => throttle.retryAfterMs(key)));
  if (waitMs > 0) return waitMs;
  for (const [throttle, key] of watchers) throttle.reserve(key);
  return 0;
}

export function settleAttempt(outcome: AttemptOutcome, ...watchers: Watcher[]): void {
  for (const [throttle, key] of watchers) throttle.settle(key, outcome);
}
