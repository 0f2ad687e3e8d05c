// The pieces that turn a line no code page holds into a raster image: bidi order, the outline filler, bitmap packing
// into GS v 0 bytes, the measured wrap, the code page chosen per line, and HarfBuzz's shaping seen in the dots.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lineRuns, visualRuns } from '../../hardware/raster/bidi.ts';
import { blankBitmap, cropToInk, packRows, unpackRows, type Bitmap } from '../../hardware/raster/bitmap.ts';
import { fill, flatten } from '../../hardware/raster/rasterize.ts';
import { loadTextRenderer } from '../../hardware/raster/textRenderer.ts';
import { rasterImage } from '../../hardware/escpos/encoder.ts';
import { codePageForLine } from '../../hardware/escpos/codePages.ts';
import { wrapMeasured } from '../../hardware/escpos/wrap.ts';
import { PRINTER_PROFILES } from '../../hardware/printer/profiles.ts';
import { t } from '../../common/i18n/translate.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').match(/../g)!.join(' ');
const picture = (b: Bitmap) => Array.from({ length: b.height }, (_, y) => Array.from(b.dots.subarray(y * b.width, (y + 1) * b.width), (d) => (d ? '#' : '.')).join(''));

describe('bidi order', () => {
  test('runs are reversed from the highest level down (UAX #9 rule L2)', () => {
    assert.deepEqual(visualRuns([0, 0, 1, 1, 2, 2, 1, 0]).map((r) => [r.start, r.end]), [[0, 2], [6, 7], [4, 6], [2, 4], [7, 8]]);
    assert.deepEqual(visualRuns([]), []);
  });

  test('in an Arabic line the numbers keep their digit order and stand where a reader of Arabic expects them', () => {
    const line = '3 أشخاص قبلك، حوالي 12 دقيقة';
    const pieces = lineRuns(line, 'rtl').map((r) => line.slice(r.start, r.end));
    // Left to right on paper: the last word, the minutes (digits in their own order), the words between, the count.
    assert.deepEqual(pieces, [' دقيقة', '12', ' أشخاص قبلك، حوالي ', '3']);
  });

  test('a left-to-right line is one run in its order', () => {
    assert.deepEqual(lineRuns('Збережіть цей талон', 'ltr'), [{ start: 0, end: 19, level: 0 }]);
  });
});

describe('filling outlines into dots', () => {
  test('a square fills exactly its dots, a hole cut by an inner contour of the other winding stays empty', () => {
    const square = (x0: number, y0: number, x1: number, y1: number) => [{ type: 'M', x: x0, y: y0 }, { type: 'L', x: x1, y: y0 }, { type: 'L', x: x1, y: y1 }, { type: 'L', x: x0, y: y1 }, { type: 'Z' }] as const;
    const reversed = (x0: number, y0: number, x1: number, y1: number) => [{ type: 'M', x: x0, y: y0 }, { type: 'L', x: x0, y: y1 }, { type: 'L', x: x1, y: y1 }, { type: 'L', x: x1, y: y0 }, { type: 'Z' }] as const;
    assert.deepEqual(picture(fill(flatten([...square(1, 1, 4, 3)]), 5, 4)), ['.....', '.###.', '.###.', '.....']);
    assert.deepEqual(picture(fill(flatten([...square(0, 0, 5, 5), ...reversed(2, 2, 3, 3)]), 5, 5)), ['#####', '#####', '##.##', '#####', '#####']);
  });

  test('a quadratic curve is followed, not cut as a straight line', () => {
    const bump = fill(flatten([{ type: 'M', x: 0, y: 8 }, { type: 'Q', cx: 4, cy: -8, x: 8, y: 8 }, { type: 'Z' }]), 8, 8);
    assert.ok(bump.dots[1 * 8 + 4], 'the top of the curve is inked');
    assert.ok(!bump.dots[1 * 8 + 0], 'its flank is not');
  });
});

describe('bitmaps as GS v 0 bytes', () => {
  const bitmap = blankBitmap(10, 2);
  bitmap.dots.set([1, 0, 0, 0, 0, 0, 0, 1, 1, 0], 0);
  bitmap.dots.set([0, 1, 0, 0, 0, 0, 0, 0, 0, 1], 10);

  test('rows of whole bytes, the leftmost dot in the high bit, and back', () => {
    assert.equal(hex(packRows(bitmap)), '81 80 40 40');
    assert.deepEqual(unpackRows(packRows(bitmap), 2, 2).dots.subarray(0, 10), bitmap.dots.subarray(0, 10));
  });

  test('GS v 0 m xL xH yL yH, then the rows; m 1 doubles the width', () => {
    assert.equal(hex(rasterImage(bitmap, { doubleWidth: false })), '1d 76 30 00 02 00 02 00 81 80 40 40');
    assert.equal(hex(rasterImage(bitmap, { doubleWidth: true })).slice(0, 11), '1d 76 30 01');
    assert.throws(() => rasterImage(blankBitmap(8, 0), { doubleWidth: false }), /1 to 65535/);
  });

  test('cropping keeps only the inked rectangle; a blank picture becomes one blank dot', () => {
    const framed = blankBitmap(6, 5);
    framed.dots[1 * 6 + 2] = 1;
    framed.dots[3 * 6 + 4] = 1;
    assert.deepEqual(picture(cropToInk(framed)), ['#..', '...', '..#']);
    assert.deepEqual(picture(cropToInk(blankBitmap(4, 4))), ['.']);
  });
});

describe('the code page for each line', () => {
  const epson = [PRINTER_PROFILES['epson-80'].codePage, ...PRINTER_PROFILES['epson-80'].otherCodePages];
  const clone = [PRINTER_PROFILES['clone-80'].codePage, ...PRINTER_PROFILES['clone-80'].otherCodePages];
  test('Swedish, English, Finnish and Somali in PC858; Polish and Bosnian in PC852; Ukrainian in PC866 if the printer has it', () => {
    for (const language of ['sv', 'en', 'fi', 'so'] as const) assert.equal(codePageForLine(t(language, 'ticket.keep'), clone), 'pc858', language);
    for (const language of ['pl', 'bs'] as const) assert.equal(codePageForLine(t(language, 'ticket.keep'), clone), 'pc852', language);
    assert.equal(codePageForLine(t('uk', 'ticket.keep'), epson), 'pc866');
    assert.equal(codePageForLine(t('uk', 'ticket.keep'), clone), undefined);
    assert.equal(codePageForLine('ґанок', epson), undefined, 'PC866 has no ґ');
  });

  test('Arabic, Persian and Tigrinya are in no code page, nor are Persian digits; a missing dash does not make Swedish an image', () => {
    for (const language of ['ar', 'fa', 'ti'] as const) assert.equal(codePageForLine(t(language, 'ticket.keep'), epson), undefined, language);
    assert.equal(codePageForLine('۱۰:۰۵', epson), undefined);
    assert.equal(codePageForLine('Bygga – bo', epson), 'pc858');
  });
});

describe('shaping with HarfBuzz', async () => {
  const renderer = await loadTextRenderer();
  const style = { direction: 'rtl', emDots: 24, bold: false } as const;
  const longestInkRun = (b: Bitmap) =>
    Math.max(...Array.from({ length: b.height }, (_, y) => Math.max(...picture(b)[y]!.split('.').map((s) => s.length))));

  test('Arabic letters are joined: four behs make one unbroken baseline, four isolated ones do not', () => {
    const joined = cropToInk(renderer.render('بببب', style));
    const isolated = cropToInk(renderer.render('ب\u200cب\u200cب\u200cب', style));
    assert.ok(longestInkRun(joined) > joined.width * 0.5, picture(joined).join('\n'));
    assert.ok(longestInkRun(joined) / joined.width > (2 * longestInkRun(isolated)) / isolated.width, picture(isolated).join('\n'));
    assert.ok(isolated.width > joined.width * 1.3, 'isolated forms are wider than joined ones');
  });

  test('Ge\'ez syllables have their own glyphs (no empty boxes): ትግርኛ inks like text', () => {
    const word = cropToInk(renderer.render('ትግርኛ', { ...style, direction: 'ltr' }));
    assert.ok(word.height >= 14 && word.height <= 30 && word.width > 50, `${word.width}×${word.height}`);
  });

  test('lines wrap by their shaped width', () => {
    const measure = (line: string) => renderer.measure(line, style);
    const lines = wrapMeasured(t('ar', 'ticket.keep'), 200, measure);
    assert.ok(lines.length >= 2 && lines.every((l) => measure(l) <= 200), lines.join(' | '));
    assert.equal(lines.join(' '), t('ar', 'ticket.keep'));
  });
});
