// The centre's current business day ("2026-11-24" in its own time zone): the live queue, the follow page and a
// survey's ticket link all mean "today" in this sense.
import type { HubContext } from './context.ts';
import { businessDay } from '../common/queue/ticketNumber.ts';

export function centreDay(ctx: HubContext, nowMs: number = ctx.clock()): string {
  return businessDay(nowMs, ctx.settings().timeZone);
}
