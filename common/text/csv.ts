// CSV as spreadsheet software reads and writes it (RFC 4180): a UTF-8 byte-order mark (or Excel shows "Ã¥" for "å"),
// CRLF rows, fields quoted when they hold a separator, quote or line break. A cell starting with = + - @ (or a tab or
// carriage return) would be run as a formula by the spreadsheet — a visitor's comment "=HYPERLINK(...)" must stay
// text — so such cells get a leading apostrophe, which readers of our own files take off again (unguardFormula).

export type CsvValue = string | number | null;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A cell as written before csvCell guarded it against being run as a formula. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export interface CsvRecord {
  /** The line of the file the record starts on, counted from 1 (a quoted cell may span several). */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Reads CSV as Excel, LibreOffice and Google Sheets save it: an optional byte-order mark, CRLF or LF rows, fields in
 * double quotes with "" for a quote inside. Blank lines are skipped (spreadsheets leave one at the end). A quote
 * inside an unquoted field, text after a closing quote or a quote never closed is an error naming its line.
 */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < source.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (source[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= source.length) throw new CsvSyntaxError(opened, 'a quoted field is never closed');
          const c = source[i]!;
          if (c === '"') {
            if (source[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          cell += c;
          i++;
        }
        if (i < source.length && !',\r\n'.includes(source[i]!)) throw new CsvSyntaxError(line, 'text after a closing quote (write "" for a quote inside a quoted field)');
      } else {
        while (i < source.length && !',\r\n'.includes(source[i]!)) {
          if (source[i] === '"') throw new CsvSyntaxError(line, 'a quote inside an unquoted field (quote the whole field and write "" for the quote)');
          cell += source[i];
          i++;
        }
      }
      cells.push(cell);
      if (source[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (source[i] === '\r') i++;
    if (source[i] === '\n') i++;
    line++;
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
  }
  return records;
}
