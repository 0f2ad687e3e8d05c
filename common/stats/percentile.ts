// Reports give medians and the 90th percentile of waits, not averages: a handful of very long waits is exactly what
// a manager needs to see, and an average hides it. Nearest-rank keeps every figure an actually observed wait.

/** Nearest-rank percentile (p in 0..100) of the values, or null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0..100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
