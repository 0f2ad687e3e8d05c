// What staff do at a desk: call the next visitor, call again, mark arrival, finish, no-show, transfer. Each action
// is one transaction that checks the visit's state machine, changes the ticket and its desk visit, and emits exactly
// the events that describe it; a desk asking for something its visitor's state does not allow gets a conflict.
import type { HubContext } from '../context.ts';
import type { Emit } from '../events/hubWriter.ts';
import type { TicketView } from '../../common/schemas/tickets.ts';
import type { Desk } from '../../common/schemas/desks.ts';
import { applyVisitAction, outcomeOf, type VisitAction } from '../../common/queue/visitState.ts';
import { nextTicketFor } from '../../common/queue/waitingOrder.ts';
import { businessDay } from '../../common/queue/ticketNumber.ts';
import { getDesk } from '../catalogue/desks.ts';
import { getService } from '../catalogue/services.ts';
import { conflict } from '../problems.ts';
import { ticketAtDesk, ticketRow, ticketsInState, toTicketView, type TicketRow } from './ticketRows.ts';

type ActionOnCurrent = Exclude<VisitAction, 'call'>;

const eventFor = {
  recall: 'ticket.recalled',
  start: 'ticket.started',
  finish: 'ticket.finished',
  'no-show': 'ticket.no-show',
  transfer: 'ticket.transferred',
} as const;

function deskRef(desk: Desk) {
  return { id: desk.id, name: desk.name };
}

/** Applies an action to the visitor now at the desk, inside the caller's transaction. */
function actOnCurrent(ctx: HubContext, emit: Emit, now: number, desk: Desk, current: TicketRow, action: ActionOnCurrent, toServiceId?: number): TicketView {
  const step = applyVisitAction(current.state, action);
  if (!step.ok) throw conflict(`${current.number} at ${desk.name}: ${step.reason}`);
  const db = ctx.db;
  const outcome = outcomeOf(action);
  if (action === 'transfer') {
    // The visitor keeps the number and the original place in line (queued_at is left as it was).
    db.prepare(`UPDATE tickets SET state = 'waiting', service_id = ?, desk_id = NULL WHERE id = ?`).run(toServiceId!, current.id);
  } else {
    db.prepare('UPDATE tickets SET state = ?, ended_at = ? WHERE id = ?').run(step.to, outcome ? now : null, current.id);
  }
  const visit = db.prepare<[number], { id: number }>('SELECT id FROM visits WHERE ticket_id = ? AND ended_at IS NULL').get(current.id)!;
  if (action === 'recall') db.prepare('UPDATE visits SET recalls = recalls + 1 WHERE id = ?').run(visit.id);
  if (action === 'start') db.prepare('UPDATE visits SET started_at = ? WHERE id = ?').run(now, visit.id);
  if (outcome) db.prepare('UPDATE visits SET ended_at = ?, outcome = ? WHERE id = ?').run(now, outcome, visit.id);

  const ticket = toTicketView(ticketRow(db, current.id)!);
  if (action === 'transfer') emit({ type: 'ticket.transferred', ticket, desk: deskRef(desk), fromServiceId: current.service_id });
  else emit({ type: eventFor[action], ticket, desk: deskRef(desk) });
  return ticket;
}

function today(ctx: HubContext, nowMs: number): string {
  return businessDay(nowMs, ctx.settings().timeZone);
}

function currentOrConflict(ctx: HubContext, now: number, desk: Desk, action: string): TicketRow {
  const current = ticketAtDesk(ctx.db, today(ctx, now), desk.id);
  if (!current) throw conflict(`${desk.name} has no visitor to ${action}; call the next one first`);
  return current;
}

/** Finishes the desk's current visit (if any) and calls the longest-waiting ticket among its services; null when nobody waits. */
export function callNext(ctx: HubContext, deskId: number): TicketView | null {
  const desk = getDesk(ctx, deskId);
  return ctx.writer.write((emit, now) => {
    const day = today(ctx, now);
    const current = ticketAtDesk(ctx.db, day, desk.id);
    if (current) actOnCurrent(ctx, emit, now, desk, current, 'finish');
    const next = nextTicketFor(
      ticketsInState(ctx.db, day, ['waiting']).map((row) => ({ ...row, serviceId: row.service_id, queuedAtMs: row.queued_at })),
      desk.serviceIds,
    );
    if (!next) return null;
    ctx.db
      .prepare(`UPDATE tickets SET state = 'called', desk_id = ?, first_called_at = COALESCE(first_called_at, ?) WHERE id = ?`)
      .run(desk.id, now, next.id);
    ctx.db.prepare('INSERT INTO visits (ticket_id, desk_id, service_id, called_at) VALUES (?, ?, ?, ?)').run(next.id, desk.id, next.service_id, now);
    const ticket = toTicketView(ticketRow(ctx.db, next.id)!);
    emit({ type: 'ticket.called', ticket, desk: deskRef(desk) });
    return ticket;
  });
}

const verbs: Record<Exclude<ActionOnCurrent, 'transfer'>, string> = { recall: 'call again', start: 'mark as arrived', finish: 'finish', 'no-show': 'mark as a no-show' };

export function actAtDesk(ctx: HubContext, deskId: number, action: Exclude<ActionOnCurrent, 'transfer'>): TicketView {
  const desk = getDesk(ctx, deskId);
  return ctx.writer.write((emit, now) => actOnCurrent(ctx, emit, now, desk, currentOrConflict(ctx, now, desk, verbs[action]), action));
}

export function transferFromDesk(ctx: HubContext, deskId: number, toServiceId: number): TicketView {
  const desk = getDesk(ctx, deskId);
  getService(ctx, toServiceId);
  return ctx.writer.write((emit, now) => actOnCurrent(ctx, emit, now, desk, currentOrConflict(ctx, now, desk, 'transfer'), 'transfer', toServiceId));
}
