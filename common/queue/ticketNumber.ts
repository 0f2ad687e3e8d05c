// Ticket numbers are what visitors hear and read on the wall, so they stay short: the service's prefix and a
// three-digit running number that restarts every business day ("A001"). A busy day may pass 999; the number then
// simply grows ("A1000") rather than wrapping and calling two visitors by the same name.

export function formatTicketNumber(prefix: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`ticket sequence must be a positive integer, got ${sequence}`);
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}

/** Building a formatter costs a hundred times more than using one, and every ticket, call and report asks for a day. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The business day (YYYY-MM-DD) a moment belongs to, in the centre's own time zone: numbering restarts at opening. */
export function businessDay(atMs: number, timeZone: string): string {
  const parts = dayFormat(timeZone).formatToParts(atMs);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
