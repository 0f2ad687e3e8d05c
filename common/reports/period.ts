// The report's from/to (days in the centre's calendar, or exact timestamps) as a half-open UTC interval: one rule for
// the hub's reports on SQLite and the central service's on PostgreSQL, so a site's period is the same instants on both.
import type { SummaryQuery } from '../schemas/reports.ts';
import type { CentreCalendar } from '../time/centreCalendar.ts';
import { nextDay, previousDay } from '../time/zone.ts';

export interface Period {
  fromMs: number;
  toMs: number;
}

/** A period the query cannot mean; each server answers it as its 400 `period-invalid`. */
export class PeriodError extends Error {}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The day a day-form `to` ends on; the last day of the calendar (9999-12-31) has none and would crash the report. */
function dayAfter(day: string): string {
  const next = nextDay(day);
  if (!isDay(next)) throw new PeriodError(`"to" (${day}) is beyond the last day a report can cover`);
  return next;
}

export function reportPeriod(query: SummaryQuery, nowMs: number, calendar: CentreCalendar): Period {
  const from = query.from ?? calendar.dayOf(nowMs);
  const to = query.to ?? (isDay(from) ? from : undefined);
  const fromMs = isDay(from) ? calendar.dayStartMs(from) : Date.parse(from);
  // A day as `to` includes that whole day; a timestamp is the exclusive end.
  const toMs = to === undefined ? nowMs : isDay(to) ? calendar.dayStartMs(dayAfter(to)) : Date.parse(to);
  if (toMs <= fromMs) throw new PeriodError(`the period is empty: "to" (${to ?? 'now'}) must come after "from" (${from})`);
  return { fromMs, toMs };
}

/** The business days wholly inside a period, by the centre's calendar (null when no whole day is): rows keyed by
 *  one of them were issued inside the period, so per-day rollups can stand for them. */
export function wholeDays(period: Period, calendar: CentreCalendar): { first: string; last: string } | null {
  let first = calendar.dayOf(period.fromMs);
  if (calendar.dayStartMs(first) < period.fromMs) first = nextDay(first);
  let last = calendar.dayOf(period.toMs - 1);
  if (calendar.dayStartMs(nextDay(last)) > period.toMs) last = previousDay(last);
  return first <= last ? { first, last } : null;
}
