// CSV as spreadsheet software reads it: a UTF-8 byte-order mark (or Excel shows "Ã¥" for "å"), CRLF rows, fields
// quoted when they hold a separator, quote or line break. A cell starting with = + - @ (or a tab or carriage
// return) would be run as a formula by the spreadsheet — a visitor's comment "=HYPERLINK(...)" must stay text — so
// such cells get a leading apostrophe.

export type CsvValue = string | number | null;

const BOM = '\uFEFF';

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
