// Reports and numbering speak of the centre's days ("2026-11-24"), not UTC days: a visit at 00:30 in Stockholm
// belongs to that morning. These turn a local day into the UTC instants that bound it, without a date library.

const formats = new Map<string, Intl.DateTimeFormat>();

function offsetMs(atMs: number, timeZone: string): number {
  // Making a formatter costs far more than using one, and a report over two months asks for hundreds of days.
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(atMs);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return asUtc - Math.floor(atMs / 1000) * 1000;
}

/** The UTC instant at which the local day (YYYY-MM-DD) begins in the time zone. */
export function dayStartMs(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d);
  // Two passes settle the offset even on the days the clocks change.
  let guess = naive - offsetMs(naive, timeZone);
  guess = naive - offsetMs(guess, timeZone);
  return guess;
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
