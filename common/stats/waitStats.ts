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

/** The 1-based rank of the nearest-rank p-th percentile among n values (n > 0). */
export function nearestRank(n: number, p: number): number {
  return Math.max(1, Math.ceil((p / 100) * n));
}

/** What a group of tickets adds up to: counts an engine can sum (SQL over rows, or rollups), the waits aside. */
export interface WaitCounts {
  issued: number;
  /** Tickets with a first call: the waits the percentiles and the share are taken over. */
  called: number;
  served: number;
  noShows: number;
  notServed: number;
  /** Called within the target (wait <= target). */
  within: number;
  uncalledPastTarget: number;
}

/** The figures of a group from its counts and its nearest-rank median and p90 waits (ms; null without waits). */
export function waitFigures(counts: WaitCounts, medianMs: number | null, p90Ms: number | null): WaitStats {
  const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
  const judged = counts.called + counts.uncalledPastTarget;
  return {
    issued: counts.issued,
    called: counts.called,
    served: counts.served,
    noShows: counts.noShows,
    notServed: counts.notServed,
    medianWaitSeconds: seconds(medianMs),
    p90WaitSeconds: seconds(p90Ms),
    shareWithinTarget: judged === 0 ? null : counts.within / judged,
    overTarget: judged - counts.within,
  };
}

export function waitStats(samples: readonly WaitSample[], targetMs: number): WaitStats {
  const counts: WaitCounts = { issued: samples.length, called: 0, served: 0, noShows: 0, notServed: 0, within: 0, uncalledPastTarget: 0 };
  const waits: number[] = [];
  for (const [, waitMs, flags] of samples) {
    if (flags & FINISHED) counts.served++;
    if (flags & NO_SHOW) counts.noShows++;
    if (flags & NOT_SERVED) counts.notServed++;
    if (flags & UNCALLED_PAST_TARGET) counts.uncalledPastTarget++;
    if (waitMs !== null) {
      waits.push(waitMs);
      if (waitMs <= targetMs) counts.within++;
    }
  }
  counts.called = waits.length;
  const sorted = Float64Array.from(waits).sort();
  const at = (p: number) => (sorted.length === 0 ? null : sorted[nearestRank(sorted.length, p) - 1]!);
  return waitFigures(counts, at(50), at(90));
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
