// Glyph outlines filled into a 1-bit bitmap: a scanline rasterizer with the non-zero winding rule that TrueType and
// CFF outlines are drawn with. Each dot row is sampled on four sub-scanlines with exact horizontal coverage, and a dot
// is inked when at least half of it is covered: strokes one or two dots wide (Arabic dots, Ge'ez vowel marks) keep
// their shape instead of vanishing or doubling.

import { blankBitmap, type Bitmap } from './bitmap.ts';

export interface Point {
  x: number;
  y: number;
}

/** Outline commands as HarfBuzz gives them (M, L, Q, C, Z), already in dot coordinates with y growing downwards. */
export type PathCommand = { type: 'M' | 'L'; x: number; y: number } | { type: 'Q'; cx: number; cy: number; x: number; y: number } | { type: 'C'; c1x: number; c1y: number; c2x: number; c2y: number; x: number; y: number } | { type: 'Z' };

const SUBSAMPLES = 4;
/** Straight pieces per curve: about one per 2 dots of its length, at least 2, at most 8. */
const curveSteps = (from: Point, to: Point): number => Math.max(2, Math.min(8, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 2)));
const INK_COVERAGE = 0.33;

/** Closed polygons approximating the path (curves cut into short straight pieces). */
export function flatten(path: readonly PathCommand[]): Point[][] {
  const contours: Point[][] = [];
  let current: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  const close = () => {
    if (current.length > 2) contours.push(current);
    current = [];
  };
  for (const c of path) {
    if (c.type === 'M') {
      close();
      at = { x: c.x, y: c.y };
      current.push(at);
    } else if (c.type === 'L') {
      at = { x: c.x, y: c.y };
      current.push(at);
    } else if (c.type === 'Q') {
      const from = at;
      const steps = curveSteps(from, c);
      for (let i = 1; i <= steps; i++) {
        const t = i / steps, u = 1 - t;
        current.push({ x: u * u * from.x + 2 * u * t * c.cx + t * t * c.x, y: u * u * from.y + 2 * u * t * c.cy + t * t * c.y });
      }
      at = { x: c.x, y: c.y };
    } else if (c.type === 'C') {
      const from = at;
      const steps = curveSteps(from, c);
      for (let i = 1; i <= steps; i++) {
        const t = i / steps, u = 1 - t;
        current.push({
          x: u * u * u * from.x + 3 * u * u * t * c.c1x + 3 * u * t * t * c.c2x + t * t * t * c.x,
          y: u * u * u * from.y + 3 * u * u * t * c.c1y + 3 * u * t * t * c.c2y + t * t * t * c.y,
        });
      }
      at = { x: c.x, y: c.y };
    } else close();
  }
  close();
  return contours;
}

/** The polygons filled by the non-zero rule into a width × height bitmap. */
export function fill(contours: readonly Point[][], width: number, height: number): Bitmap {
  const bitmap = blankBitmap(width, height);
  // Edges in flat arrays sorted by their top: a ticket line has a few thousand, crossed by ~100 sub-scanlines, and
  // this runs on the hub's event loop while the printer's status answers wait.
  const list: { top: number; bottom: number; x0: number; y0: number; slope: number; winding: number }[] = [];
  for (const points of contours)
    for (let i = 0; i < points.length; i++) {
      const a = points[i]!, b = points[(i + 1) % points.length]!;
      if (a.y === b.y) continue;
      list.push({ top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y), x0: a.x, y0: a.y, slope: (b.x - a.x) / (b.y - a.y), winding: b.y > a.y ? 1 : -1 });
    }
  list.sort((p, q) => p.top - q.top);
  const coverage = new Float32Array(width);
  const active: number[] = [];
  const xs = new Float64Array(list.length);
  const windings = new Int8Array(list.length);
  let next = 0;
  for (let row = 0; row < height; row++) {
    coverage.fill(0);
    for (let s = 0; s < SUBSAMPLES; s++) {
      const y = row + (s + 0.5) / SUBSAMPLES;
      while (next < list.length && list[next]!.top <= y) active.push(next++);
      let count = 0;
      for (let k = active.length - 1; k >= 0; k--) {
        const edge = list[active[k]!]!;
        if (edge.bottom <= y) {
          active[k] = active[active.length - 1]!;
          active.pop();
          continue;
        }
        // Insertion sort by x as the crossings come: a sub-scanline crosses a handful of edges.
        const x = edge.x0 + (y - edge.y0) * edge.slope;
        let at = count++;
        while (at > 0 && xs[at - 1]! > x) {
          xs[at] = xs[at - 1]!;
          windings[at] = windings[at - 1]!;
          at--;
        }
        xs[at] = x;
        windings[at] = edge.winding;
      }
      let winding = 0;
      for (let i = 0; i < count - 1; i++) {
        winding += windings[i]!;
        if (winding !== 0) addSpan(coverage, xs[i]!, xs[i + 1]!, 1 / SUBSAMPLES);
      }
    }
    for (let x = 0; x < width; x++) if (coverage[x]! >= INK_COVERAGE) bitmap.dots[row * width + x] = 1;
  }
  return bitmap;
}

function addSpan(coverage: Float32Array, from: number, to: number, weight: number): void {
  const start = Math.max(0, from), end = Math.min(coverage.length, to);
  for (let x = Math.floor(start); x < end; x++) coverage[x]! += (Math.min(end, x + 1) - Math.max(start, x)) * weight;
}
