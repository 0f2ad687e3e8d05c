// How long the shell waits before starting a crashed hub again. Quick enough that a one-off crash costs visitors a
// second or two, slow enough that a hub failing at start (a full disk, a broken database) does not spin the CPU and
// flood the log. Pure, so the schedule is tested without waiting for it.

export interface RestartPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
  /** A hub that ran this long before crashing counts as healthy: the next crash starts the schedule over. */
  stableAfterMs: number;
}

export const defaultRestartPolicy: RestartPolicy = { firstDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 60_000 };

export interface RestartPlan {
  /** Crashes in a row, this one included, without a stable run in between. */
  crashesInARow: number;
  delayMs: number;
}

/** The plan after a crash, from the crashes before it and how long the hub had been answering (0 if it never did). */
export function planRestart(crashesBefore: number, uptimeMs: number, policy: RestartPolicy = defaultRestartPolicy): RestartPlan {
  const crashesInARow = uptimeMs >= policy.stableAfterMs ? 1 : crashesBefore + 1;
  const doubled = policy.firstDelayMs * 2 ** Math.min(crashesInARow - 1, 30);
  return { crashesInARow, delayMs: Math.min(doubled, policy.maxDelayMs) };
}
