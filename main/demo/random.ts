// A small seeded PRNG (mulberry32): the same seed gives the same demo history on every machine, so figures seen in a
// demo, a test or the benchmark can be reproduced exactly.
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  between(min: number, max: number): number;
  chance(p: number): boolean;
  /** Exponentially distributed with the given mean (the gaps of a Poisson process). */
  exponential(mean: number): number;
  /** Log-normal with the given median; spread is the sigma of the underlying normal. */
  logNormal(median: number, spread: number): number;
  pick<T>(weighted: readonly (readonly [T, number])[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    chance: (p) => next() < p,
    exponential: (mean) => -mean * Math.log(1 - next()),
    logNormal: (median, spread) => median * Math.exp(spread * normal()),
    pick: (weighted) => {
      const total = weighted.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of weighted) if ((r -= w) < 0) return value;
      return weighted[weighted.length - 1]![0];
    },
  };
}
