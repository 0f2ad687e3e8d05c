// The centre's current business day ("2026-11-24" in its own time zone): the live queue, the follow page and a
// survey's ticket link all mean "today" in this sense.
import type { HubContext } from './context.ts';
import { businessDay } from '../common/queue/ticketNumber.ts';
import { dayStartMs, nextDay } from '../common/time/zonedDay.ts';

export function centreDay(ctx: HubContext, nowMs: number = ctx.clock()): string {
  return businessDay(nowMs, ctx.settings().timeZone);
}

/** Today as a half-open UTC interval, for "only today" checks against a report period. */
export function centreDayBounds(ctx: HubContext): { fromMs: number; toMs: number } {
  const { timeZone } = ctx.settings();
  const day = centreDay(ctx);
  return { fromMs: dayStartMs(day, timeZone), toMs: dayStartMs(nextDay(day), timeZone) };
}
