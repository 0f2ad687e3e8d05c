// What a printer is asked to print, independent of the language and of the printer's command set: lines with a
// size and an alignment, and an optional QR payload. hardware/escpos/encodeDocument.ts turns it into a printer's bytes.

export type LineSize = 'normal' | 'double' | 'huge';
export type LineAlign = 'left' | 'center' | 'right';

export interface PrintLine {
  text: string;
  size?: LineSize;
  align?: LineAlign;
  bold?: boolean;
}

export interface PrintDocument {
  lines: PrintLine[];
  qr?: string;
}
