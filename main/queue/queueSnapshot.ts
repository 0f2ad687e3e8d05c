// The state a screen starts from: every waiting and called ticket, and the seq of the last event it already
// reflects, so the screen can follow on with /api/events?after=seq and miss nothing in between.
import { centreDay } from '../centreDay.ts';
import type { HubContext } from '../context.ts';
import type { QueueSnapshot } from '../../common/schemas/tickets.ts';
import { ticketsInState, toTicketView } from './ticketRows.ts';

export function queueSnapshot(ctx: HubContext): QueueSnapshot {
  // One read transaction: the tickets and the seq come from the same moment.
  const day = centreDay(ctx);
  return ctx.db.transaction(() => ({
    seq: ctx.events.lastSeq(),
    waiting: ticketsInState(ctx.db, day, ['waiting']).map(toTicketView),
    called: ticketsInState(ctx.db, day, ['called', 'serving']).map(toTicketView),
  }))();
}
