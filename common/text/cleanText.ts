// What staff and visitors type becomes names on a wall display, a printed ticket and a report. Text is stored as
// it reads: trimmed, NFC, one space between words; text that would not read as what it is — control characters,
// bidi controls that reorder it, zero-width characters that make "Disk 1\u200B" a second "Disk 1" — is refused.
// Pure, so the same rules hold in the hub's schemas and on any screen.

export type TextFault =
  /** Only invisible characters: nothing a person could read. */
  | { kind: 'blank' }
  /** C0/C1 controls, NUL and DEL (a line break or a tab, where the field is one line), or a broken surrogate. */
  | { kind: 'control'; codePoint: number }
  /** Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the marks LRM, RLM, ALM. */
  | { kind: 'bidi'; codePoint: number }
  /** Zero-width and other default-ignorable characters outside the few places a script needs them. */
  | { kind: 'invisible'; codePoint: number };

export interface TextOptions {
  /** A comment or a note: line breaks and tabs are kept. Names, reasons and outcomes are one line. */
  multiline?: boolean;
}

const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
/** Half of a surrogate pair without its other half: no character at all (String.isWellFormed is ES2024). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Letters of scripts that join or shape (Arabic, Persian, the Indic scripts…): ZWNJ and ZWJ between two of them
 *  change how the word is written (Persian "می‌خواهم"). Between Latin, Greek or Cyrillic letters they change nothing
 *  visible, which is what a look-alike needs. */
const JOINING_LETTER = /^(?![\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])[\p{L}\p{M}]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const VARIATION_SELECTORS = [0xfe0e, 0xfe0f];
/** Looks like a space but is none of the whitespace that trim() and \s know. */
const BLANKS = /[\s\u2800\p{Default_Ignorable_Code_Point}]/gu;

/** A default-ignorable character that this place in the text needs: ZWNJ/ZWJ inside a word of a joining script,
 *  ZWJ and the emoji variation selectors inside an emoji. */
function neededHere(codePoint: number, before: string | undefined, after: string | undefined): boolean {
  if (codePoint === ZWNJ || codePoint === ZWJ) {
    if (before !== undefined && after !== undefined && JOINING_LETTER.test(before) && JOINING_LETTER.test(after)) return true;
    return codePoint === ZWJ && before !== undefined && after !== undefined && (PICTOGRAPH.test(before) || VARIATION_SELECTORS.includes(before.codePointAt(0)!)) && PICTOGRAPH.test(after);
  }
  return VARIATION_SELECTORS.includes(codePoint) && before !== undefined && PICTOGRAPH.test(before);
}

/** Why the text cannot be stored as it is, or null. Text with nothing in it at all is no fault here: whether a field
 *  may be empty is the field's own rule. */
export function textFault(raw: string, options: TextOptions = {}): TextFault | null {
  const lone = LONE_SURROGATE.exec(raw);
  if (lone) return { kind: 'control', codePoint: lone[0].charCodeAt(0) };
  if (raw.length > 0 && raw.replace(BLANKS, '') === '' && INVISIBLE.test(raw)) return { kind: 'blank' };
  const chars = [...raw.normalize('NFC')];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const codePoint = char.codePointAt(0)!;
    if (CONTROL.test(char)) {
      if (options.multiline && (char === '\n' || char === '\r' || char === '\t')) continue;
      return { kind: 'control', codePoint };
    }
    if (BIDI.test(char)) return { kind: 'bidi', codePoint };
    if (INVISIBLE.test(char) && !neededHere(codePoint, chars[i - 1], chars[i + 1])) return { kind: 'invisible', codePoint };
  }
  return null;
}

/** The text as it is stored: NFC, trimmed; one line: every run of whitespace (a no-break or ideographic space
 *  included) one space; several lines: \n line ends, no trailing spaces on a line. Apply after textFault found none. */
export function cleanText(raw: string, options: TextOptions = {}): string {
  const text = raw.normalize('NFC');
  if (!options.multiline) return text.replace(/\s+/gu, ' ').trim();
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/gu, ' ').trimEnd())
    .join('\n')
    .trim();
}

/** "U+200B", as a refusal names the character nobody can see. */
export const codePointName = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** A sentence's end for a refusal of the field: "contains an invisible character (U+200B)". */
export function describeTextFault(fault: TextFault): string {
  switch (fault.kind) {
    case 'blank':
      return 'has only invisible characters';
    case 'control':
      return `contains a control character (${codePointName(fault.codePoint)})`;
    case 'bidi':
      return `contains a text-direction control (${codePointName(fault.codePoint)}) that would change the order it reads in`;
    case 'invisible':
      return `contains an invisible character (${codePointName(fault.codePoint)})`;
  }
}
