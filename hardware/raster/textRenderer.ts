// Text a printer's character set cannot hold, drawn the way a word processor would: HarfBuzz (compiled to WebAssembly,
// no native module for Electron to rebuild) shapes each bidi run with the font's own rules, so Arabic letters take
// their joined forms and Ge'ez syllables their glyphs, and the glyph outlines are filled into dots by rasterize.ts.
// Fonts are the Noto families from npm packages that ship the TTF files, so the packed app carries them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as HarfBuzz from 'harfbuzzjs';
import { lineRuns } from './bidi.ts';
import { flatten, fill, type PathCommand } from './rasterize.ts';
import type { Bitmap } from './bitmap.ts';

export interface RasterStyle {
  direction: 'ltr' | 'rtl';
  /** The em size in dots. */
  emDots: number;
  bold: boolean;
  /** Horizontal dots per vertical one: ½ for an image the printer doubles in width (GS v 0 m = 1). */
  widthScale?: number;
}

export interface TextRenderer {
  /** Dots across the paper the line takes. */
  measure(text: string, style: RasterStyle): number;
  /** The line in a box from the fonts' ascender to their descender (uncropped). */
  render(text: string, style: RasterStyle): Bitmap;
}

/** Latin and Cyrillic first, then the scripts Noto Sans lacks: a letter takes the first family that has it. */
const FAMILIES = [
  { regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
  { regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf', bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf' },
  { regular: '@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf', bold: '@expo-google-fonts/noto-sans-ethiopic/700Bold/NotoSansEthiopic_700Bold.ttf' },
] as const;
/** The box above and below the baseline, in ems: room for Arabic marks stacked over a tall letter and under a deep one. */
const ASCENT_EM = 1.25;
const DESCENT_EM = 0.6;

interface LoadedFont {
  font: HarfBuzz.Font;
  upem: number;
  covers(codePoint: number): boolean;
  /** The glyph's outline in font units, drawn once and kept: a ticket uses a few dozen glyphs again and again. */
  outline(glyph: number): ReturnType<HarfBuzz.Font['glyphToJson']>;
}

let loading: Promise<TextRenderer> | undefined;

/** Loaded once per process (the WebAssembly module and six fonts, under a second), then shared. */
export function loadTextRenderer(): Promise<TextRenderer> {
  loading ??= (async () => {
    // harfbuzzjs starts its WebAssembly with a top-level await, which only a dynamic import lets a CommonJS bundle use.
    const hb = await import('harfbuzzjs');
    const resolve = createRequire(typeof __filename === 'string' ? __filename : import.meta.url).resolve;
    const open = (path: string): LoadedFont => {
      const face = new hb.Face(new hb.Blob(readFileSync(resolve(path))));
      const font = new hb.Font(face);
      const cmap = new Set(face.collectUnicodes());
      const outlines = new Map<number, ReturnType<HarfBuzz.Font['glyphToJson']>>();
      const outline = (glyph: number) => outlines.get(glyph) ?? outlines.set(glyph, font.glyphToJson(glyph)).get(glyph)!;
      return { font, upem: face.upem, covers: (cp) => cmap.has(cp), outline };
    };
    const fonts = { regular: FAMILIES.map((f) => open(f.regular)), bold: FAMILIES.map((f) => open(f.bold)) };
    const renderer = harfBuzzRenderer(hb, fonts);
    // The first drawing is ten times slower than the next (the JIT has not seen it yet): done here, not on a ticket.
    renderer.render('3 ትግርኛ العربية', { direction: 'rtl', emDots: 22, bold: false });
    return renderer;
  })();
  return loading;
}

interface PlacedGlyph {
  font: LoadedFont;
  glyph: number;
  /** Pen position in dots. */
  x: number;
  dx: number;
  dy: number;
}

function harfBuzzRenderer(hb: typeof HarfBuzz, fonts: { regular: LoadedFont[]; bold: LoadedFont[] }): TextRenderer {
  const layout = (text: string, style: RasterStyle): { glyphs: PlacedGlyph[]; width: number } => {
    const family = style.bold ? fonts.bold : fonts.regular;
    const glyphs: PlacedGlyph[] = [];
    let pen = 0;
    for (const run of lineRuns(text, style.direction)) {
      const rtl = run.level % 2 === 1;
      const pieces = fontRuns(text.slice(run.start, run.end), family);
      for (const piece of rtl ? pieces.reverse() : pieces) {
        const buffer = new hb.Buffer();
        buffer.addText(piece.text);
        buffer.guessSegmentProperties();
        buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
        hb.shape(piece.font.font, buffer);
        const scale = (style.emDots * (style.widthScale ?? 1)) / piece.font.upem;
        for (const g of buffer.getGlyphInfosAndPositions()) {
          glyphs.push({ font: piece.font, glyph: g.codepoint, x: pen, dx: (g.xOffset ?? 0) * scale, dy: (g.yOffset ?? 0) * scale });
          pen += (g.xAdvance ?? 0) * scale;
        }
      }
    }
    return { glyphs, width: pen };
  };
  return {
    measure: (text, style) => Math.ceil(layout(text, style).width),
    render(text, style) {
      const { glyphs, width } = layout(text, style);
      const baseline = Math.ceil(style.emDots * ASCENT_EM);
      const path: PathCommand[] = [];
      for (const g of glyphs) {
        const scale = style.emDots / g.font.upem;
        const x = (fx: number) => g.x + g.dx + fx * scale * (style.widthScale ?? 1);
        const y = (fy: number) => baseline - g.dy - fy * scale;
        for (const { type, values: v } of g.font.outline(g.glyph)) {
          if (type === 'M' || type === 'L') path.push({ type, x: x(v[0]!), y: y(v[1]!) });
          else if (type === 'Q') path.push({ type, cx: x(v[0]!), cy: y(v[1]!), x: x(v[2]!), y: y(v[3]!) });
          else if (type === 'C') path.push({ type, c1x: x(v[0]!), c1y: y(v[1]!), c2x: x(v[2]!), c2y: y(v[3]!), x: x(v[4]!), y: y(v[5]!) });
          else path.push({ type: 'Z' });
        }
      }
      return fill(flatten(path), Math.max(1, Math.ceil(width)), baseline + Math.ceil(style.emDots * DESCENT_EM));
    },
  };
}

/** The run cut where the font changes: a letter takes the first family that has it; spaces, digits, punctuation and
 *  marks stay with the letter before them when its font has them too, so "3 أشخاص" is not shaped in two pieces. */
function fontRuns(text: string, family: readonly LoadedFont[]): { text: string; font: LoadedFont }[] {
  const pieces: { text: string; font: LoadedFont }[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const last = pieces.at(-1);
    const sticks = last && !/\p{L}/u.test(char) && last.font.covers(cp);
    const font = sticks ? last.font : (family.find((f) => f.covers(cp)) ?? family[0]!);
    if (last && last.font === font) last.text += char;
    else pieces.push({ text: char, font });
  }
  return pieces;
}
