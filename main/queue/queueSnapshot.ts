// The state a screen starts from: the waiting line (a ticket taken before midnight included), every desk's current visitor (a visit that began before
// midnight included), the business day and the time zone in force, and the seq of the last event it already
// reflects, so the screen can follow on with /api/events?after=seq and miss nothing in between.
import { centreDay } from '../centreDay.ts';
import type { HubContext } from '../context.ts';
import type { QueueSnapshot } from '../../common/schemas/tickets.ts';
import { ticketsAtDesks, toTicketView, waitingTickets } from './ticketRows.ts';

export function queueSnapshot(ctx: HubContext): QueueSnapshot {
  // One read transaction: the tickets and the seq come from the same moment.
  const now = ctx.clock();
  const day = centreDay(ctx, now);
  return ctx.db.transaction(() => ({
    seq: ctx.events.lastSeq(),
    day,
    timeZone: ctx.calendar().zoneAt(now),
    waiting: waitingTickets(ctx.db).map(toTicketView),
    called: ticketsAtDesks(ctx.db, ['called', 'serving']).map(toTicketView),
  }))();
}
