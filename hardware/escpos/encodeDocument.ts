// A PrintDocument as the bytes of one ticket for one printer: each line as text in the first of the printer's code
// pages that holds all its letters (switched with ESC t only when a line needs another page than the line before),
// or, when none does (Arabic, Persian, Ge'ez, Cyrillic without PC866), as raster images drawn from a real font; lines
// wrapped to the paper's width at their size, the printer's own QR code, then a feed to the cutter and a partial cut.
import type { LineSize, PrintDocument, PrintLine } from '../printer/printDocument.ts';
import { codePageForLine, type CodePageName } from './codePages.ts';
import { align, emphasis, feedDots, initialise, join, partialCut, printStoredLogo, qr, rasterImage, selectCodePage, size, textLine, type QrErrorCorrection } from './encoder.ts';
import { wrap, wrapMeasured } from './wrap.ts';
import { cropToInk } from '../raster/bitmap.ts';
import type { TextRenderer } from '../raster/textRenderer.ts';

export interface TicketLayout {
  /** Font A characters across the paper: 48 on 80 mm, 42 on some clones, 32 on 58 mm. */
  columns: number;
  /** The page the printer starts in and most lines print from. */
  codePage: CodePageName;
  /** Further pages the printer has, tried in order for a line the first cannot print. */
  otherCodePages: readonly CodePageName[];
  /** Dots per QR module: 6 gives a code of about 2–3 cm on 80 mm paper, easy for any phone. */
  qrModuleSize: number;
  /** Key of a logo stored in the printer's NV memory, printed above the text; none when absent. */
  logoKey?: string;
}

/** Width and height multiplier of each size. "huge" is the ticket number: four times, readable at arm's length. */
export const SIZE_MULTIPLIER: Record<LineSize, number> = { normal: 1, double: 2, huge: 4 };
/** M: survives a crease or a smudge, still a small code for a short URL. */
export const QR_ERROR_CORRECTION: QrErrorCorrection = 'M';
/** Font A is 12 dots wide, so the columns give the printable width in dots (576 on 80 mm, 384 on 58 mm). */
export const DOTS_PER_COLUMN = 12;
/** The em of a line drawn as an image, in dots down: close to Font A's 24-dot cell, so the visitor's lines read about as
 *  large as the Swedish ones. Drawn at half the horizontal resolution and doubled in width by the printer (GS v 0
 *  m = 1): a quarter fewer bytes than full resolution at a smaller em, for bigger letters (bench:print, README). */
export const RASTER_EM_DOTS = 22;
const RASTER_WIDTH_SCALE = 0.5;
/** Dots fed after each image line: images are cropped to their ink, so this is the space between two lines. */
export const RASTER_LINE_GAP_DOTS = 6;

export const dotsAcross = (layout: TicketLayout): number => layout.columns * DOTS_PER_COLUMN;

export function encodeDocument(document: PrintDocument, layout: TicketLayout, renderer: TextRenderer): Uint8Array {
  const pages = [layout.codePage, ...layout.otherCodePages];
  const parts = [initialise(), selectCodePage(layout.codePage)];
  if (layout.logoKey) parts.push(align('center'), printStoredLogo(layout.logoKey));
  // Modes persist until changed, so each is sent only when a line needs another one than the line before.
  let current = { align: 'left', bold: false, size: 1, codePage: layout.codePage };
  for (const line of document.lines) {
    const want = { align: line.align ?? 'left', bold: line.bold ?? false, size: SIZE_MULTIPLIER[line.size ?? 'normal'] };
    if (want.align !== current.align) parts.push(align(want.align));
    current.align = want.align;
    let text = line.text;
    let codePage = codePageForLine(text, pages);
    if (!codePage && line.textInstead !== undefined) codePage = codePageForLine((text = line.textInstead), pages);
    if (!codePage) {
      parts.push(...imageLines(line, want.size, dotsAcross(layout), renderer));
      continue;
    }
    if (codePage !== current.codePage) parts.push(selectCodePage(codePage));
    if (want.bold !== current.bold) parts.push(emphasis(want.bold));
    if (want.size !== current.size) parts.push(size(want.size, want.size));
    current = { ...want, codePage };
    for (const piece of wrap(text, Math.floor(layout.columns / want.size))) parts.push(textLine(piece, codePage));
  }
  if (document.qr) {
    if (current.align !== 'center') parts.push(align('center'));
    parts.push(qr(document.qr, { moduleSize: layout.qrModuleSize, errorCorrection: QR_ERROR_CORRECTION }));
  }
  parts.push(partialCut());
  return join(parts);
}

/** The line drawn in its own script and direction, wrapped to the paper, each piece cropped to its ink. */
function imageLines(line: PrintLine, multiplier: number, widthDots: number, renderer: TextRenderer): Uint8Array[] {
  const style = { direction: line.dir ?? 'ltr', emDots: RASTER_EM_DOTS * multiplier, bold: line.bold ?? false, widthScale: RASTER_WIDTH_SCALE };
  // Image rows are whole bytes, so the line may take only as many dots as whole bytes fit across the paper.
  const imageDots = Math.floor((widthDots * RASTER_WIDTH_SCALE) / 8) * 8;
  return wrapMeasured(line.text, imageDots, (text) => renderer.measure(text, style)).flatMap((text) => [
    rasterImage(cropToInk(renderer.render(text, style)), { doubleWidth: true }),
    feedDots(RASTER_LINE_GAP_DOTS),
  ]);
}
