// The staffing forecast's arithmetic, kept apart from the database so anyone can recompute it: which past days a
// weekday's forecast learns from, the mean arrivals per hour over them, and each hour's figures from those means,
// the mean service time and the target (common/stats/erlangC.ts).
import { desksNeeded } from './erlangC.ts';

/** How many recent same weekdays an hour's expected arrivals are the mean over. */
export const HISTORY_WEEKDAYS = 8;
/** How many days before the period the mean service time is taken over. */
export const SERVICE_TIME_DAYS = 56;

/** ISO weekday (1 Monday … 7 Sunday) of a calendar day written YYYY-MM-DD. */
export const isoWeekday = (day: string): number => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** For each weekday asked for, the most recent open days (days with any ticket) of that weekday, newest first, from
 *  a list of open days given newest first. Closed days never appear in the list, so they are left out. */
export function recentSameWeekdays(openDaysNewestFirst: Iterable<string>, weekdays: ReadonlySet<number>, count = HISTORY_WEEKDAYS): Map<number, string[]> {
  const found = new Map([...weekdays].map((w) => [w, [] as string[]]));
  let missing = weekdays.size;
  for (const day of openDaysNewestFirst) {
    if (missing === 0) break;
    const days = found.get(isoWeekday(day));
    if (!days || days.length === count) continue;
    days.push(day);
    if (days.length === count) missing--;
  }
  return found;
}

/** The mean per hour of several days' arrivals per hour; all zero without history. */
export function meanPerHour(days: readonly (readonly number[])[]): number[] {
  return Array.from({ length: 24 }, (_, hour) => (days.length === 0 ? 0 : days.reduce((sum, day) => sum + (day[hour] ?? 0), 0) / days.length));
}

export interface Target {
  targetMinutes: number;
  targetShare: number;
}

/** What happened in one hour of a day that has passed. */
export interface HourActual {
  issued: number;
  calledWithinTarget: number;
  desksOpen: number;
}

export interface StaffingHour {
  hour: number;
  expectedArrivals: number | null;
  meanServiceMinutes: number | null;
  desksNeeded: number | null;
  desksOpen: number | null;
  shareWithinTarget: number | null;
}

export function staffingHour(
  hour: number,
  expectedArrivals: number,
  meanServiceMinutes: number | null,
  target: Target,
  actual: HourActual | null,
): StaffingHour {
  const needed =
    expectedArrivals === 0
      ? 0
      : meanServiceMinutes === null
        ? null
        : desksNeeded({ arrivalsPerHour: expectedArrivals, meanServiceMinutes }, target.targetMinutes, target.targetShare);
  return {
    hour,
    expectedArrivals,
    meanServiceMinutes,
    desksNeeded: needed,
    desksOpen: actual?.desksOpen ?? null,
    shareWithinTarget: actual === null || actual.issued === 0 ? null : actual.calledWithinTarget / actual.issued,
  };
}

/** The hour the clocks skip: an entry with nothing in it. */
export const skippedHour = (hour: number): StaffingHour => ({
  hour,
  expectedArrivals: null,
  meanServiceMinutes: null,
  desksNeeded: null,
  desksOpen: null,
  shareWithinTarget: null,
});
