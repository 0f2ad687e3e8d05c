// The Unicode bidirectional algorithm for one printed line: which stretches of the text run right-to-left, and in
// which order the stretches stand on paper. Each run is then shaped on its own in its own direction (HarfBuzz lays a
// right-to-left run out left to right already), so "3 أشخاص" keeps its digits in reading order inside Arabic text.
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

export interface Run {
  /** UTF-16 offsets into the line, end exclusive. */
  start: number;
  end: number;
  level: number;
}

/** Runs of equal embedding level in the order they are printed from left to right (rule L2 of UAX #9: from the
 *  highest level down to the lowest odd one, every maximal sequence at that level or higher is reversed). */
export function visualRuns(levels: ArrayLike<number>): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < levels.length; i++) {
    const last = runs.at(-1);
    if (last && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i]! });
  }
  if (runs.length === 0) return runs;
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i]!.level < level) continue;
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs;
}

/** The line's runs in visual order, for a paragraph in the given base direction. */
export function lineRuns(text: string, direction: 'ltr' | 'rtl'): Run[] {
  return visualRuns(bidi.getEmbeddingLevels(text, direction).levels);
}
