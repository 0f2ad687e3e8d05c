// Calling a visitor to a desk: the next one by the waiting rule (common/queue/waitingOrder.ts), one chosen from the
// waiting list, or a visitor this desk parked. Each finishes the desk's current visit first (next, call) or insists
// there is none (resume), and refuses while the desk is paused. The IMMEDIATE transaction makes two desks calling
// the same ticket take turns: the second finds it no longer waiting and gets a conflict.
import type { HubContext } from '../context.ts';
import type { Emit } from '../events/hubWriter.ts';
import type { TicketView } from '../../common/schemas/tickets.ts';
import type { Desk, DeskDetail } from '../../common/schemas/desks.ts';
import { nextTicketFor } from '../../common/queue/waitingOrder.ts';
import { centreHasPrivateRooms, getDesk } from '../catalogue/desks.ts';
import { listServiceSettings } from '../catalogue/services.ts';
import { conflict, notFound } from '../problems.ts';
import { actOnCurrent, deskRef } from './deskActions.ts';
import { deskDetail } from './deskState.ts';
import { callingNeeds } from './ticketNeeds.ts';
import { ticketAtDesk, ticketRow, toTicketView, waitingTickets, type TicketRow } from './ticketRows.ts';

/** Read inside the call's transaction, so a pause that commits first is always seen. */
function callingDesk(ctx: HubContext, deskId: number): DeskDetail {
  const desk = deskDetail(ctx, deskId);
  if (desk.paused) throw conflict('desk-paused', `${desk.name} is paused (${desk.paused.reason}); resume the desk before calling`);
  return desk;
}

function finishCurrent(ctx: HubContext, emit: Emit, now: number, desk: Desk): void {
  const current = ticketAtDesk(ctx.db, desk.id);
  if (current) actOnCurrent(ctx, emit, now, desk, current, 'finish');
}

function call(ctx: HubContext, emit: Emit, now: number, desk: Desk, ticket: TicketRow): TicketView {
  ctx.db
    .prepare(`UPDATE tickets SET state = 'called', desk_id = ?, first_called_at = COALESCE(first_called_at, ?), for_desk_id = NULL, goes_first = 0 WHERE id = ?`)
    .run(desk.id, now, ticket.id);
  ctx.db.prepare('INSERT INTO visits (ticket_id, desk_id, service_id, called_at) VALUES (?, ?, ?, ?)').run(ticket.id, desk.id, ticket.service_id, now);
  const view = toTicketView(ticketRow(ctx.db, ticket.id)!);
  emit({ type: 'ticket.called', ticket: view, desk: deskRef(desk) });
  return view;
}

/** Finishes the desk's current visit (if any) and calls the next ticket by the waiting rule; null when nobody waits. */
export function callNext(ctx: HubContext, deskId: number): TicketView | null {
  return ctx.writer.write((emit, now) => {
    const desk = callingDesk(ctx, deskId);
    finishCurrent(ctx, emit, now, desk);
    const centreTargetMs = ctx.settings().waitTargetMinutes * 60_000;
    const targetMs = new Map(listServiceSettings(ctx).map((s) => [s.serviceId, s.waitTargetMinutes === null ? centreTargetMs : s.waitTargetMinutes * 60_000]));
    const needs = callingNeeds(ctx);
    const waiting = waitingTickets(ctx.db).map((row) => ({
      row,
      id: row.id,
      serviceId: row.service_id,
      queuedAtMs: row.queued_at,
      bookedAtMs: row.booked_at,
      first: row.goes_first === 1,
      forDeskId: row.for_desk_id,
      targetMs: targetMs.get(row.service_id) ?? centreTargetMs,
      urgent: needs.get(row.id)?.urgent ?? false,
      privateRoom: needs.get(row.id)?.privateRoom ?? false,
    }));
    const services = desk.serviceIds.map((serviceId) => ({ serviceId, priority: desk.secondaryServiceIds.includes(serviceId) ? (2 as const) : (1 as const) }));
    const next = nextTicketFor(waiting, { id: desk.id, services, privateRoom: desk.privateRoom }, now, centreHasPrivateRooms(ctx));
    return next ? call(ctx, emit, now, desk, next.row) : null;
  });
}

/** Calls one ticket the staff member chose from the waiting list. */
export function callTicket(ctx: HubContext, deskId: number, ticketId: number): TicketView {
  return ctx.writer.write((emit, now) => {
    const desk = callingDesk(ctx, deskId);
    const ticket = ticketRow(ctx.db, ticketId);
    if (!ticket) throw notFound('ticket-not-found', `there is no ticket with id ${ticketId}`);
    if (ticket.state !== 'waiting') {
      const holder = ticket.desk_id === null ? null : getDesk(ctx, ticket.desk_id);
      throw conflict('ticket-not-waiting', `${ticket.number} is not waiting (${ticket.state}${holder ? ` at ${holder.name}` : ''}); it cannot be called`);
    }
    if (ticket.for_desk_id !== null && ticket.for_desk_id !== desk.id) throw conflict('ticket-sent-to-other-desk', `${ticket.number} was sent to ${getDesk(ctx, ticket.for_desk_id).name}`);
    if (ticket.for_desk_id === null && !desk.serviceIds.includes(ticket.service_id)) throw conflict('service-not-served', `${desk.name} does not serve the service ${ticket.number} waits for`);
    finishCurrent(ctx, emit, now, desk);
    return call(ctx, emit, now, desk, ticket);
  });
}

/** Brings back a visitor this desk parked, straight to being served. */
export function resumeTicket(ctx: HubContext, deskId: number, ticketId: number): TicketView {
  return ctx.writer.write((emit, now) => {
    const desk = callingDesk(ctx, deskId);
    const ticket = ticketRow(ctx.db, ticketId);
    if (!ticket) throw notFound('ticket-not-found', `there is no ticket with id ${ticketId}`);
    if (ticket.state !== 'parked') throw conflict('ticket-not-parked', `${ticket.number} is not parked (${ticket.state})`);
    if (ticket.desk_id !== desk.id) throw conflict('parked-at-other-desk', `${ticket.number} was parked by another desk; only that desk can resume it`);
    const current = ticketAtDesk(ctx.db, desk.id);
    if (current) throw conflict('desk-busy', `${desk.name} is with ${current.number}; finish or park that visit first`);
    ctx.db.prepare(`UPDATE tickets SET state = 'serving' WHERE id = ?`).run(ticket.id);
    ctx.db.prepare('UPDATE visits SET started_at = COALESCE(started_at, ?) WHERE ticket_id = ? AND ended_at IS NULL').run(now, ticket.id);
    const view = toTicketView(ticketRow(ctx.db, ticket.id)!);
    emit({ type: 'ticket.resumed', ticket: view, desk: deskRef(desk) });
    return view;
  });
}
