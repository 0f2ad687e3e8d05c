// The centre's current business day ("2026-11-24" in its own time zone): numbering, the waiting line, the follow
// page and a survey's ticket link all mean "today" in this sense.
import type { HubContext } from './context.ts';
import { nextDay } from '../common/time/zone.ts';

export function centreDay(ctx: HubContext, nowMs: number = ctx.clock()): string {
  return ctx.calendar().dayOf(nowMs);
}

/** Today as a half-open UTC interval, for "only today" checks against a report period. */
export function centreDayBounds(ctx: HubContext): { fromMs: number; toMs: number } {
  const calendar = ctx.calendar();
  const day = calendar.dayOf(ctx.clock());
  return { fromMs: calendar.dayStartMs(day), toMs: calendar.dayStartMs(nextDay(day)) };
}
