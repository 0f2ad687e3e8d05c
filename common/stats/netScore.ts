// GovMetric's net score: the share of positive answers minus the share of negative ones, from −1 (everyone unhappy)
// to +1 (everyone happy). On the five-step scale 4–5 is positive, 1–2 negative, 3 neutral; skipped answers are not
// answers and count nowhere.
import type { NetScore } from '../schemas/reports.ts';

export const POSITIVE_FROM = 4;
export const NEGATIVE_TO = 2;

export function netScore(counts: { positive: number; negative: number; answers: number; responses: number }): NetScore {
  return { ...counts, score: counts.answers === 0 ? null : (counts.positive - counts.negative) / counts.answers };
}
