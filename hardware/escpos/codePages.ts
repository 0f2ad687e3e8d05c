// Text to the bytes of a printer's code page and back. ESC/POS printers print 0x80–0xFF from a table picked with
// ESC t; PC858 (PC850 with € in place of ı) holds every Swedish, German, French, Spanish, Finnish and Somali letter,
// PC852 (Latin 2) the Polish and Bosnian ones, PC866 the Cyrillic ones but Ukrainian і and ґ.
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
  pc866: { escposNumber: 17, encoding: 'cp866' },
  pc852: { escposNumber: 18, encoding: 'cp852' },
} as const satisfies Record<string, CodePage>;
export type CodePageName = keyof typeof CODE_PAGES;

/** The code page's bytes for the text. Letters the page lacks become '?', and so do control characters: a centre or
 *  service name can never smuggle a command into the printer. Decomposed letters (a + ¨) are composed first. */
export function transcode(text: string, codePage: CodePageName): Uint8Array {
  const printable = standIns(text.normalize('NFC'), codePage).replace(/[\u0000-\u001f\u007f]/g, '?');
  return CodepageEncoder.encode(printable, CODE_PAGES[codePage].encoding);
}

/** Characters a page lacks but prints identically under another code point: PC866 has no Ukrainian і/І, whose glyph
 *  is the Latin i/I every page has (ґ has no such twin, so a line with it cannot go out in PC866); no page has the
 *  typographic apostrophe of "з’явиться" or "Ma’lumaad", and the straight one reads the same. */
const STAND_INS: Partial<Record<CodePageName, Record<string, string>>> = { pc866: { 'і': 'i', 'І': 'I' } };
const EVERY_PAGE_STAND_INS: Record<string, string> = { '’': "'" };
const standIns = (text: string, codePage: CodePageName): string => {
  const table = { ...EVERY_PAGE_STAND_INS, ...STAND_INS[codePage] };
  return text.replace(/./gu, (c) => table[c] ?? c);
};

/** Whether the page prints every letter and digit of the text (punctuation it lacks becomes '?' as anywhere else, but
 *  a line of Persian digits must not). */
export function printsLetters(text: string, codePage: CodePageName): boolean {
  const table = new Set(CodepageEncoder.getCodepoints(CODE_PAGES[codePage].encoding, true));
  return [...standIns(text.normalize('NFC'), codePage)].every((c) => !/[\p{L}\p{M}\p{N}]/u.test(c) || table.has(c.codePointAt(0)!));
}

/** The first of the printer's pages (its default first) that prints every letter of the line; none: the line's script
 *  is not in any of them, and it goes out as a raster image. */
export function codePageForLine(text: string, pages: readonly CodePageName[]): CodePageName | undefined {
  return pages.find((page) => printsLetters(text, page));
}

export function codePageByNumber(escposNumber: number): CodePageName | undefined {
  return (Object.keys(CODE_PAGES) as CodePageName[]).find((name) => CODE_PAGES[name].escposNumber === escposNumber);
}

/** What a printer set to this code page prints for these bytes (0x20–0xFF). */
export function decodeText(bytes: ArrayLike<number>, codePage: CodePageName): string {
  const table = CodepageEncoder.getCodepoints(CODE_PAGES[codePage].encoding, true);
  return Array.from(bytes, (byte) => String.fromCodePoint(table[byte] ?? 0x3f)).join('');
}
