// Text to the bytes of a printer's code page and back. ESC/POS printers print 0x80–0xFF from a table picked with
// ESC t; PC858 (PC850 with € in place of ı) holds every Swedish, German, French and Spanish letter.
import CodepageEncoder, { type Codepage } from '@point-of-sale/codepage-encoder';

export interface CodePage {
  /** n of ESC t n on Epson TM printers and their clones. */
  escposNumber: number;
  encoding: Codepage;
}

export const CODE_PAGES = {
  pc437: { escposNumber: 0, encoding: 'cp437' },
  pc850: { escposNumber: 2, encoding: 'cp850' },
  pc858: { escposNumber: 19, encoding: 'cp858' },
  wpc1252: { escposNumber: 16, encoding: 'windows1252' },
} as const satisfies Record<string, CodePage>;
export type CodePageName = keyof typeof CODE_PAGES;

/** The code page's bytes for the text. Letters the page lacks become '?', and so do control characters: a centre or
 *  service name can never smuggle a command into the printer. Decomposed letters (a + ¨) are composed first. */
export function transcode(text: string, codePage: CodePageName): Uint8Array {
  const printable = text.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '?');
  return CodepageEncoder.encode(printable, CODE_PAGES[codePage].encoding);
}

export function codePageByNumber(escposNumber: number): CodePageName | undefined {
  return (Object.keys(CODE_PAGES) as CodePageName[]).find((name) => CODE_PAGES[name].escposNumber === escposNumber);
}

/** What a printer set to this code page prints for these bytes (0x20–0xFF). */
export function decodeText(bytes: ArrayLike<number>, codePage: CodePageName): string {
  const table = CodepageEncoder.getCodepoints(CODE_PAGES[codePage].encoding, true);
  return Array.from(bytes, (byte) => String.fromCodePoint(table[byte] ?? 0x3f)).join('');
}
