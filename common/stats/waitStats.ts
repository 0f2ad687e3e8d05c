// One rule for "how did these tickets fare", used by the summary and by every breakdown (hour, day, service, desk),
// so the figures for a part are read the same way as the figures for the whole. Waits are to the first call; a
// ticket never called but already past the target counts as outside it, since leaving it out would flatter the
// worst days. Median and p90 are nearest-rank (common/stats/percentile.ts): always an observed wait.
import type { WaitStats } from '../schemas/reports.ts';

/** One ticket as the reports read it: its group, its wait to the first call in ms (null if never called), its flags. */
export type WaitSample = readonly [key: number, waitMs: number | null, flags: number];
export const FINISHED = 1;
export const NO_SHOW = 2;
/** Never called, and waiting (or gone) longer than the target. */
export const UNCALLED_PAST_TARGET = 4;
/** Still waiting in the night after its business day: closed unserved. */
export const NOT_SERVED = 8;

function nearestRank(sorted: Float64Array, p: number): number | null {
  return sorted.length === 0 ? null : sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

export function waitStats(samples: readonly WaitSample[], targetMs: number): WaitStats {
  let served = 0;
  let noShows = 0;
  let notServed = 0;
  let within = 0;
  let uncalledPastTarget = 0;
  const waits: number[] = [];
  for (const [, waitMs, flags] of samples) {
    if (flags & FINISHED) served++;
    if (flags & NO_SHOW) noShows++;
    if (flags & NOT_SERVED) notServed++;
    if (flags & UNCALLED_PAST_TARGET) uncalledPastTarget++;
    if (waitMs !== null) {
      waits.push(waitMs);
      if (waitMs <= targetMs) within++;
    }
  }
  const sorted = Float64Array.from(waits).sort();
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  const judged = waits.length + uncalledPastTarget;
  return {
    issued: samples.length,
    called: waits.length,
    served,
    noShows,
    notServed,
    medianWaitSeconds: seconds(nearestRank(sorted, 50)),
    p90WaitSeconds: seconds(nearestRank(sorted, 90)),
    shareWithinTarget: judged === 0 ? null : within / judged,
    overTarget: judged - within,
  };
}

/** waitStats per group, the groups chosen from each sample's key (a report may fold keys, e.g. weekday×hour → hour). */
export function waitStatsBy(samples: readonly WaitSample[], groupOf: (key: number) => number, targetMs: number): Map<number, WaitStats> {
  const groups = new Map<number, WaitSample[]>();
  for (const sample of samples) {
    const group = groupOf(sample[0]);
    const list = groups.get(group);
    if (list) list.push(sample);
    else groups.set(group, [sample]);
  }
  return new Map([...groups].sort(([a], [b]) => a - b).map(([group, list]) => [group, waitStats(list, targetMs)]));
}

export const NO_TICKETS: WaitStats = waitStats([], 0);
