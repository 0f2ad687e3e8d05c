// When to try a row of an outbox again after a failed attempt: doubling waits from firstRetryMs, capped at
// maxRetryMs, and no more tries once the row is giveUpAfterMs old (it is then settled as failed and the rows behind
// it move on). Measured from the row's own time, so a receiver that was down for days fails its old rows at once
// instead of spending a day on each.
export interface RetryPolicy {
  firstRetryMs: number;
  maxRetryMs: number;
  giveUpAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { firstRetryMs: 10_000, maxRetryMs: 5 * 60_000, giveUpAfterMs: 24 * 3_600_000 };

/** After the attempts-th failed attempt (1 for the first) of a row stamped rowAtMs: the time of the next attempt,
 *  or null to give up. The last attempt falls on the give-up time itself. */
export function nextAttemptAt(policy: RetryPolicy, attempts: number, rowAtMs: number, nowMs: number): number | null {
  const giveUpAt = rowAtMs + policy.giveUpAfterMs;
  if (nowMs >= giveUpAt) return null;
  const wait = Math.min(policy.maxRetryMs, policy.firstRetryMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30));
  return Math.min(nowMs + wait, giveUpAt);
}
