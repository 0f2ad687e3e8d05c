// A language's visitor texts as the CSV a translator corrects in a spreadsheet (key, English, this language), and
// that file read back. Reading is all or nothing: every line is checked and any problem refuses the whole file, so
// a kiosk never shows half a correction. In the language column an empty cell, or the shipped text itself, means
// "no override": the shipped text shows (an override the centre had for that key is removed). A key the file leaves
// out keeps whatever it had, so a translator may send back only the lines they changed.
import { en } from './en.ts';
import { languageInfo, type CatalogueCode } from './languages.ts';
import type { Messages } from './messageFormat.ts';
import { translationProblem } from './messageCheck.ts';
import { isVisitorKey, VISITOR_KEYS } from './visitorKeys.ts';
import type { MessageKey } from './en.ts';
import { CsvSyntaxError, parseCsv, toCsv, unguardFormula } from '../text/csv.ts';

/** The third column's heading: the language's own name and its code, which the import checks. */
export const languageColumn = (lang: CatalogueCode) => `${languageInfo(lang).name} (${lang})`;

/** Every visitor text with its English and the text the screens show now (the centre's override, else shipped). */
export function translationCsv(lang: CatalogueCode, shipped: Messages, overrides: Messages): string {
  return toCsv(
    ['key', 'English', languageColumn(lang)],
    VISITOR_KEYS.map((key) => [key, en[key], overrides[key] ?? shipped[key] ?? '']),
  );
}

export interface CsvProblem {
  line: number;
  message: string;
}

/** Per key the file names: its override, or null for none (the shipped text shows). */
export type TranslationChanges = Map<MessageKey, string | null>;

export type TranslationImport = { ok: true; changes: TranslationChanges } | { ok: false; problems: CsvProblem[] };

function headerProblem(cells: readonly string[], lang: CatalogueCode): string | null {
  const [key, english, column] = cells.map((cell) => cell.trim());
  if (cells.length !== 3 || key !== 'key' || english !== 'English') return `the first line must be the header key,English,${languageColumn(lang)}`;
  const named = /\(([a-z]{2,3})\)$/.exec(column!)?.[1] ?? column;
  return named === lang ? null : `this file is for "${column}", not ${languageColumn(lang)}`;
}

export function readTranslationCsv(lang: CatalogueCode, text: string, shipped: Messages): TranslationImport {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, problems: [{ line: error.line, message: error.message.replace(/^line \d+: /, '') }] };
    throw error;
  }
  const [header, ...rows] = records;
  const problems: CsvProblem[] = [];
  const headerWrong = header ? headerProblem(header.cells, lang) : `the file is empty; the first line must be the header key,English,${languageColumn(lang)}`;
  if (headerWrong) return { ok: false, problems: [{ line: header?.line ?? 1, message: headerWrong }] };

  const changes: TranslationChanges = new Map();
  const seenOn = new Map<string, number>();
  for (const { line, cells } of rows) {
    const problem = rowProblem(cells, seenOn, lang);
    if (problem) {
      problems.push({ line, message: problem });
      continue;
    }
    const key = cells[0]!.trim() as MessageKey;
    seenOn.set(key, line);
    const translated = unguardFormula(cells[2]!.trim());
    changes.set(key, translated === '' || translated === shipped[key] ? null : translated);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}

function rowProblem(cells: readonly string[], seenOn: ReadonlyMap<string, number>, lang: CatalogueCode): string | null {
  if (cells.length !== 3) return `expected 3 columns (key, English, ${languageColumn(lang)}), found ${cells.length}`;
  const key = cells[0]!.trim();
  if (!(key in en)) return `unknown key "${key}"`;
  if (!isVisitorKey(key)) return `"${key}" is not a visitor text; only the visitor screens' texts can be corrected here`;
  const earlier = seenOn.get(key);
  if (earlier !== undefined) return `"${key}" is already on line ${earlier}`;
  const translated = unguardFormula(cells[2]!.trim());
  if (translated === '') return null;
  const problem = translationProblem(translated, en[key], lang);
  return problem ? `${key}: ${problem}` : null;
}
