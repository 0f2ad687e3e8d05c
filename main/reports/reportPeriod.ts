// Turns the report's from/to (days in the centre's time zone, or exact timestamps) into a half-open UTC interval.
import type { SummaryQuery } from '../../common/schemas/reports.ts';
import type { CentreCalendar } from '../../common/time/centreCalendar.ts';
import { nextDay } from '../../common/time/zone.ts';
import { invalid } from '../problems.ts';

export interface Period {
  fromMs: number;
  toMs: number;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The day a day-form `to` ends on; the last day of the calendar (9999-12-31) has none and would crash the report. */
function dayAfter(day: string): string {
  const next = nextDay(day);
  if (!isDay(next)) throw invalid('period-invalid', `"to" (${day}) is beyond the last day a report can cover`);
  return next;
}

export function reportPeriod(query: SummaryQuery, nowMs: number, calendar: CentreCalendar): Period {
  const from = query.from ?? calendar.dayOf(nowMs);
  const to = query.to ?? (isDay(from) ? from : undefined);
  const fromMs = isDay(from) ? calendar.dayStartMs(from) : Date.parse(from);
  // A day as `to` includes that whole day; a timestamp is the exclusive end.
  const toMs = to === undefined ? nowMs : isDay(to) ? calendar.dayStartMs(dayAfter(to)) : Date.parse(to);
  if (toMs <= fromMs) throw invalid('period-invalid', `the period is empty: "to" (${to ?? 'now'}) must come after "from" (${from})`);
  return { fromMs, toMs };
}
