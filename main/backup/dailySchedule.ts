// When the hub's daily housekeeping (the nightly backup, erasing expired names) is due. Pure: the scheduler and the
// backup ask it with the clock and what they last did, and tests ask it with any instant.
import { businessDay, dayStartMs } from '../../common/time/zone.ts';

/** 02:30 after the local midnight: the quiet hour of a centre that closes in the evening. Fixed, not a setting. */
export const DAILY_RUN_AFTER_MIDNIGHT_MS = (2 * 60 + 30) * 60_000;

/** The latest daily run time at or before nowMs, in the centre's time zone. */
export function latestDailySlotMs(nowMs: number, timeZone: string): number {
  const todayStart = dayStartMs(businessDay(nowMs, timeZone), timeZone);
  const today = todayStart + DAILY_RUN_AFTER_MIDNIGHT_MS;
  if (nowMs >= today) return today;
  // Yesterday is the day of the instant just before today's midnight: right across the 23- and 25-hour days.
  return dayStartMs(businessDay(todayStart - 1, timeZone), timeZone) + DAILY_RUN_AFTER_MIDNIGHT_MS;
}

/** Due when it has never run or last ran before the latest slot: at 02:30 each night, and at start-up when the hub
 *  was off (or not yet started) when the last slot passed. */
export function dailyRunDue(nowMs: number, lastRunMs: number | null, timeZone: string): boolean {
  return lastRunMs === null || lastRunMs < latestDailySlotMs(nowMs, timeZone);
}
