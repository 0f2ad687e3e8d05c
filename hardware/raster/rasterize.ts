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
const CURVE_STEPS = 8;
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
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS, u = 1 - t;
        current.push({ x: u * u * from.x + 2 * u * t * c.cx + t * t * c.x, y: u * u * from.y + 2 * u * t * c.cy + t * t * c.y });
      }
      at = { x: c.x, y: c.y };
    } else if (c.type === 'C') {
      const from = at;
      for (let i = 1; i <= CURVE_STEPS; i++) {
        const t = i / CURVE_STEPS, u = 1 - t;
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
  const edges = contours
    .flatMap((points) => points.map((a, i) => ({ a, b: points[(i + 1) % points.length]! })))
    .filter(({ a, b }) => a.y !== b.y)
    .map(({ a, b }) => ({ top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y), x0: a.x, y0: a.y, slope: (b.x - a.x) / (b.y - a.y), winding: b.y > a.y ? 1 : -1 }))
    .sort((p, q) => p.top - q.top);
  const coverage = new Float32Array(width);
  let active: typeof edges = [];
  let next = 0;
  for (let row = 0; row < height; row++) {
    coverage.fill(0);
    for (let s = 0; s < SUBSAMPLES; s++) {
      const y = row + (s + 0.5) / SUBSAMPLES;
      while (next < edges.length && edges[next]!.top <= y) active.push(edges[next++]!);
      active = active.filter((e) => e.bottom > y);
      const crossings = active.filter((e) => e.top <= y).map((e) => ({ x: e.x0 + (y - e.y0) * e.slope, winding: e.winding }));
      crossings.sort((p, q) => p.x - q.x);
      let winding = 0;
      for (let i = 0; i < crossings.length - 1; i++) {
        winding += crossings[i]!.winding;
        if (winding !== 0) addSpan(coverage, crossings[i]!.x, crossings[i + 1]!.x, 1 / SUBSAMPLES);
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
