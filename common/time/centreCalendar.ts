// The centre's days over its whole life, time-zone changes included. A change of the time-zone setting takes effect
// at the midnight, in the new zone, that begins the next business day (zoneChangeStart), never in the middle of one,
// so a day's numbering, queue and report keep one zone; the days before a change stay in the zone they were lived
// in. Where the new zone is behind, the last day in the old one lasts until that midnight (a night hour longer, for
// Stockholm → London) rather than a day being counted twice. Everything a day is — which day an instant belongs
// to, where a day starts, the local clock — is asked of this one calendar.
import { businessDay, dayStartMs, nextDay, previousDay, wallClockText } from './zone.ts';
import { offsetSegments, type OffsetSegment } from './offsetSegments.ts';

export interface ZoneChange {
  /** The first instant in the new zone: the start of a business day there. */
  fromMs: number;
  timeZone: string;
}

export interface CentreCalendar {
  zoneAt(atMs: number): string;
  /** The business day (YYYY-MM-DD) an instant belongs to. */
  dayOf(atMs: number): string;
  /** The first instant of a business day (the next day's start for a day that never happened). */
  dayStartMs(day: string): number;
  /** [fromMs, toMs) cut into stretches of one UTC offset, zone changes included. */
  offsetSegments(fromMs: number, toMs: number): OffsetSegment[];
}

interface Period {
  fromMs: number;
  toMs: number;
  timeZone: string;
  /** The day before the next period's first: this period's days go no further. */
  lastDay: string | null;
}

export function centreCalendar(firstZone: string, changes: readonly ZoneChange[] = []): CentreCalendar {
  const sorted = [...changes].sort((a, b) => a.fromMs - b.fromMs);
  const periods: Period[] = [{ fromMs: -Infinity, timeZone: firstZone }, ...sorted].map((p, i) => {
    const next = sorted[i];
    return { fromMs: p.fromMs, toMs: next?.fromMs ?? Infinity, timeZone: p.timeZone, lastDay: next ? previousDay(businessDay(next.fromMs, next.timeZone)) : null };
  });
  const periodAt = (atMs: number) => periods.findLast((p) => p.fromMs <= atMs)!;
  return {
    zoneAt: (atMs) => periodAt(atMs).timeZone,
    dayOf: (atMs) => {
      const period = periodAt(atMs);
      const day = businessDay(atMs, period.timeZone);
      return period.lastDay !== null && day > period.lastDay ? period.lastDay : day;
    },
    dayStartMs: (day) => {
      for (const period of periods) {
        if (period.lastDay !== null && day > period.lastDay) continue;
        // The day may already have begun before this period: then it starts with the period.
        if (period.fromMs !== -Infinity && businessDay(period.fromMs, period.timeZone) >= day) return period.fromMs;
        const start = dayStartMs(day, period.timeZone);
        // Else a day the period never reached (skipped by the change) starts where the next period does.
        if (start < period.toMs) return start;
      }
      throw new Error('unreachable: the last period has no last day');
    },
    offsetSegments: (fromMs, toMs) => {
      const segments: OffsetSegment[] = [];
      for (const period of periods) {
        const from = Math.max(fromMs, period.fromMs);
        const to = Math.min(toMs, period.toMs);
        if (from >= to) continue;
        for (const segment of offsetSegments(from, to, period.timeZone)) {
          const last = segments.at(-1);
          if (last && last.offsetMs === segment.offsetMs) last.toMs = segment.toMs;
          else segments.push({ ...segment });
        }
      }
      return segments;
    },
  };
}

/** When a change to `timeZone` asked for at nowMs takes effect: the midnight in the new zone that begins the first
 *  day after the current one and is still to come (where the new zone is ahead and already past that midnight, the
 *  one after; the day between is then the old zone's last). */
export function zoneChangeStart(calendar: CentreCalendar, nowMs: number, timeZone: string): number {
  for (let day = nextDay(calendar.dayOf(nowMs)); ; day = nextDay(day)) {
    const startMs = dayStartMs(day, timeZone);
    if (startMs > nowMs) return startMs;
  }
}

/** "2026-11-24 09:05:00", the centre's wall-clock time, for spreadsheets. The offsets are looked up once per
 *  stretch of 30 days, so an export of a year's rows asks the zone a few dozen times, not a million. */
export function localTime(calendar: CentreCalendar): (atMs: number) => string {
  const CHUNK = 30 * 86_400_000;
  const chunks = new Map<number, OffsetSegment[]>();
  return (atMs) => {
    const chunk = Math.floor(atMs / CHUNK);
    let segments = chunks.get(chunk);
    if (!segments) {
      segments = calendar.offsetSegments(chunk * CHUNK, (chunk + 1) * CHUNK);
      chunks.set(chunk, segments);
    }
    return wallClockText(atMs, segments.find((s) => atMs < s.toMs)!.offsetMs);
  };
}
