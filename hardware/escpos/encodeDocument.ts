// A PrintDocument as the bytes of one ticket for one printer: text in its code page, lines wrapped to its width at
// each line's size, the printer's own QR code, then a feed to the cutter and a partial cut.
import type { LineSize, PrintDocument } from '../printer/printDocument.ts';
import type { CodePageName } from './codePages.ts';
import { align, emphasis, initialise, join, partialCut, printStoredLogo, qr, selectCodePage, size, textLine, type QrErrorCorrection } from './encoder.ts';
import { wrap } from './wrap.ts';

export interface TicketLayout {
  /** Font A characters across the paper: 48 on 80 mm, 42 on some clones, 32 on 58 mm. */
  columns: number;
  codePage: CodePageName;
  /** Dots per QR module: 6 gives a code of about 2–3 cm on 80 mm paper, easy for any phone. */
  qrModuleSize: number;
  /** Key of a logo stored in the printer's NV memory, printed above the text; none when absent. */
  logoKey?: string;
}

/** Width and height multiplier of each size. "huge" is the ticket number: four times, readable at arm's length. */
export const SIZE_MULTIPLIER: Record<LineSize, number> = { normal: 1, double: 2, huge: 4 };
/** M: survives a crease or a smudge, still a small code for a short URL. */
export const QR_ERROR_CORRECTION: QrErrorCorrection = 'M';

export function encodeDocument(document: PrintDocument, layout: TicketLayout): Uint8Array {
  const parts = [initialise(), selectCodePage(layout.codePage)];
  if (layout.logoKey) parts.push(align('center'), printStoredLogo(layout.logoKey));
  // Modes persist until changed, so each is sent only when a line needs another one than the line before.
  let current = { align: 'left', bold: false, size: 1 };
  for (const line of document.lines) {
    const want = { align: line.align ?? 'left', bold: line.bold ?? false, size: SIZE_MULTIPLIER[line.size ?? 'normal'] };
    if (want.align !== current.align) parts.push(align(want.align));
    if (want.bold !== current.bold) parts.push(emphasis(want.bold));
    if (want.size !== current.size) parts.push(size(want.size, want.size));
    current = want;
    for (const text of wrap(line.text, Math.floor(layout.columns / want.size))) parts.push(textLine(text, layout.codePage));
  }
  if (document.qr) {
    if (current.align !== 'center') parts.push(align('center'));
    parts.push(qr(document.qr, { moduleSize: layout.qrModuleSize, errorCorrection: QR_ERROR_CORRECTION }));
  }
  parts.push(partialCut());
  return join(parts);
}
