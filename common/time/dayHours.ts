// The 24 hours of one local day as UTC intervals, for reports that speak of "Tuesday 10–11" by the centre's clock.
// On the night the clocks go back the repeated hour is one interval twice as long; on the night they go forward the
// skipped hour has none.
import { offsetSegments } from './offsetSegments.ts';
import { dayStartMs, nextDay } from './zone.ts';

export interface HourSpan {
  fromMs: number;
  toMs: number;
}

const HOUR = 3_600_000;

export function dayHours(day: string, timeZone: string): (HourSpan | null)[] {
  const hours: (HourSpan | null)[] = Array.from({ length: 24 }, () => null);
  for (const segment of offsetSegments(dayStartMs(day, timeZone), dayStartMs(nextDay(day), timeZone), timeZone)) {
    for (let at = segment.fromMs; at < segment.toMs; ) {
      const localHours = Math.floor((at + segment.offsetMs) / HOUR);
      const end = Math.min((localHours + 1) * HOUR - segment.offsetMs, segment.toMs);
      const hour = ((localHours % 24) + 24) % 24;
      const span = hours[hour];
      hours[hour] = span ? { fromMs: Math.min(span.fromMs, at), toMs: Math.max(span.toMs, end) } : { fromMs: at, toMs: end };
      at = end;
    }
  }
  return hours;
}

/** The hour (0–23) of the day an instant falls in, or -1 outside the day. */
export const hourOf = (hours: readonly (HourSpan | null)[], atMs: number): number =>
  hours.findIndex((span) => span !== null && atMs >= span.fromMs && atMs < span.toMs);

/** How many of the instants fall in each hour (those outside the day are left out). */
export function countByHour(instants: Iterable<number>, hours: readonly (HourSpan | null)[]): number[] {
  const counts = hours.map(() => 0);
  for (const at of instants) {
    const hour = hourOf(hours, at);
    if (hour >= 0) counts[hour]!++;
  }
  return counts;
}
