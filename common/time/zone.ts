// The one time-zone routine of Lotsa: every local day, day start, UTC offset and clock change comes from Temporal
// (temporal-polyfill: the specification's algorithms over the runtime's own zone data, in Node and in the browser).
// Hand-written offset guessing went wrong where clocks jump at midnight — Santiago, Havana, São Paulo, Asunción —
// and on a day that never happened (Apia skipped 2011-12-30); Temporal's start of day is the first instant of the
// date, whatever the clocks did. tests/unit/time-zones.test.ts holds those days against a minute-by-minute scan.
import { Temporal } from 'temporal-polyfill';

const zoned = (atMs: number, timeZone: string) => Temporal.Instant.fromEpochMilliseconds(atMs).toZonedDateTimeISO(timeZone);

/** The local date (YYYY-MM-DD) of an instant in the zone: the business day it belongs to. */
export function businessDay(atMs: number, timeZone: string): string {
  return zoned(atMs, timeZone).toPlainDate().toString();
}

/** The first instant of a local date in the zone: 01:00 where the clocks skip midnight, and the next day's start
 *  for a date the zone skipped entirely (the day is then empty). */
export function dayStartMs(day: string, timeZone: string): number {
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** The calendar day after (no zone: dates only). Past 9999 the ISO form grows a sign, which callers can refuse. */
export function nextDay(day: string): string {
  return Temporal.PlainDate.from(day).add({ days: 1 }).toString();
}

/** Every calendar day from `from` to `to`, both included (none when `to` comes first). */
export function calendarDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push(day);
  return days;
}

export function previousDay(day: string): string {
  return daysBefore(day, 1);
}

/** The zone's offset from UTC at an instant, in ms. */
export function offsetAt(atMs: number, timeZone: string): number {
  return zoned(atMs, timeZone).offsetNanoseconds / 1_000_000;
}

/** The next instant after atMs at which the zone's offset changes, or null if it never does again. */
export function nextOffsetChangeMs(atMs: number, timeZone: string): number | null {
  return zoned(atMs, timeZone).getTimeZoneTransition('next')?.epochMilliseconds ?? null;
}

/** The instant a local wall-clock time happens (or, in a gap, the instant just after it, as clocks do; when the
 *  clocks go back, the first of the two). */
export function wallClockMs(day: string, hour: number, timeZone: string, minute = 0): number {
  return Temporal.PlainDate.from(day).toPlainDateTime({ hour, minute }).toZonedDateTime(timeZone).epochMilliseconds;
}

/** The local date `days` before (or after, when negative) a date. */
export function daysBefore(day: string, days: number): string {
  return Temporal.PlainDate.from(day).subtract({ days }).toString();
}

/** "2026-11-24 09:05:00" for an instant, given the offset in force then. */
export function wallClockText(atMs: number, offsetMs: number): string {
  return new Date(atMs + offsetMs).toISOString().slice(0, 19).replace('T', ' ');
}
