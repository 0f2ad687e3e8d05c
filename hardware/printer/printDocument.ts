// What a printer is asked to print, independent of the language and of the printer's command set: lines with a
// size and an alignment, and an optional QR payload. hardware/escpos/encodeDocument.ts turns it into a printer's bytes.

export type LineSize = 'normal' | 'double' | 'huge';
export type LineAlign = 'left' | 'center' | 'right';

export interface PrintLine {
  text: string;
  size?: LineSize;
  align?: LineAlign;
  bold?: boolean;
  /** The paragraph direction of a line the printer cannot print as text and gets as an image; left to right if absent. */
  dir?: 'ltr' | 'rtl';
  /** The same content in characters every code page has, printed instead of an image: the ticket's time in digits
   *  takes 20 bytes as text and 600 as a picture. */
  textInstead?: string;
}

export interface PrintDocument {
  lines: PrintLine[];
  qr?: string;
}
