// The estimate on the ticket ("about 12 minutes") comes from how long this service's recent visits really took,
// spread over the desks that serve it. Before the day has any history it falls back to a planning figure, and it
// never promises zero to someone with people ahead of them.

import { percentile } from '../stats/percentile.ts';

export const DEFAULT_SERVICE_SECONDS = 5 * 60;

export interface WaitEstimateInput {
  ahead: number;
  /** Durations of the service's most recent finished visits, in seconds. */
  recentServiceSeconds: readonly number[];
  /** Desks that serve this service (open or not: the hub does not yet know who is staffed). */
  desksServing: number;
}

export function typicalServiceSeconds(recent: readonly number[]): number {
  const usable = recent.filter((s) => Number.isFinite(s) && s > 0);
  if (usable.length === 0) return DEFAULT_SERVICE_SECONDS;
  // The median, not the mean: one visit that ran for an hour should not frighten the next twenty visitors.
  return percentile(usable, 50)!;
}

export function estimateWaitMinutes({ ahead, recentServiceSeconds, desksServing }: WaitEstimateInput): number {
  if (ahead <= 0) return 0;
  const seconds = (ahead * typicalServiceSeconds(recentServiceSeconds)) / Math.max(1, desksServing);
  return Math.max(1, Math.round(seconds / 60));
}
