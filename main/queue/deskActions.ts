// What staff do with the visitor at their desk: call again, mark arrival, finish (with an outcome), no-show, park,
// transfer. Each action is one transaction that checks the visit's state machine, changes the ticket and its desk
// visit, and emits the events that describe it; a desk asking for something its visitor's state does not allow gets
// a conflict with the reason. Calling (next, a chosen ticket, resuming a parked one) is in deskCalls.ts.
import type { HubContext } from '../context.ts';
import type { Emit } from '../events/hubWriter.ts';
import type { TicketView } from '../../common/schemas/tickets.ts';
import type { Desk } from '../../common/schemas/desks.ts';
import { applyVisitAction, noShowRefusal, outcomeOf } from '../../common/queue/visitState.ts';
import { getDesk } from '../catalogue/desks.ts';
import { getService, getServiceSettings } from '../catalogue/services.ts';
import { conflict, invalid } from '../problems.ts';
import { ticketAtDesk, ticketRow, toTicketView, type TicketRow } from './ticketRows.ts';

export type CurrentAction = 'recall' | 'start' | 'finish' | 'no-show' | 'park';

const eventFor = {
  recall: 'ticket.recalled',
  start: 'ticket.started',
  finish: 'ticket.finished',
  'no-show': 'ticket.no-show',
  park: 'ticket.parked',
} as const;

const verbs: Record<CurrentAction, string> = { recall: 'call again', start: 'mark as arrived', finish: 'finish', 'no-show': 'mark as a no-show', park: 'park' };

export function deskRef(desk: Desk) {
  return { id: desk.id, name: desk.name };
}

function openVisit(ctx: HubContext, ticketId: number): { id: number; recalls: number } {
  return ctx.db.prepare<[number], { id: number; recalls: number }>('SELECT id, recalls FROM visits WHERE ticket_id = ? AND ended_at IS NULL').get(ticketId)!;
}

function checkedOutcome(ctx: HubContext, current: TicketRow, outcome: string | undefined): string | null {
  if (outcome === undefined) return null;
  const { outcomes } = getServiceSettings(ctx, current.service_id);
  if (!outcomes.includes(outcome)) {
    throw invalid('unknown-outcome', `"${outcome}" is not an outcome of ${getService(ctx, current.service_id).name}; choose one of: ${outcomes.join(', ') || '(none set up)'}`);
  }
  return outcome;
}

/** Applies an action to the visitor now at the desk, inside the caller's transaction. */
export function actOnCurrent(ctx: HubContext, emit: Emit, now: number, desk: Desk, current: TicketRow, action: CurrentAction, outcome?: string): TicketView {
  const step = applyVisitAction(current.state, action);
  if (!step.ok) throw conflict('visit-step-refused', `${current.number} at ${desk.name}: ${step.reason}`);
  const db = ctx.db;
  const visit = openVisit(ctx, current.id);
  if (action === 'no-show') {
    const refusal = noShowRefusal(visit.recalls, ctx.settings().noShowAfterRecalls);
    if (refusal) throw conflict('visit-step-refused', `${current.number} at ${desk.name}: ${refusal}`);
  }
  const note = checkedOutcome(ctx, current, outcome);
  const ended = outcomeOf(action);
  // A parked ticket keeps its desk and its open visit: the same desk resumes it later.
  db.prepare('UPDATE tickets SET state = ?, ended_at = ? WHERE id = ?').run(step.to, ended ? now : null, current.id);
  if (action === 'recall') db.prepare('UPDATE visits SET recalls = recalls + 1 WHERE id = ?').run(visit.id);
  if (action === 'start') db.prepare('UPDATE visits SET started_at = ? WHERE id = ?').run(now, visit.id);
  if (ended) db.prepare('UPDATE visits SET ended_at = ?, outcome = ?, outcome_note = ? WHERE id = ?').run(now, ended, note, visit.id);
  const ticket = toTicketView(ticketRow(db, current.id)!);
  emit({ type: eventFor[action], ticket, desk: deskRef(desk) });
  return ticket;
}

export function currentOrConflict(ctx: HubContext, desk: Desk, verb: string): TicketRow {
  const current = ticketAtDesk(ctx.db, desk.id);
  if (!current) throw conflict('no-visitor-at-desk', `${desk.name} has no visitor to ${verb}; call the next one first`);
  return current;
}

export function actAtDesk(ctx: HubContext, deskId: number, action: CurrentAction, outcome?: string): TicketView {
  const desk = getDesk(ctx, deskId);
  return ctx.writer.write((emit, now) => actOnCurrent(ctx, emit, now, desk, currentOrConflict(ctx, desk, verbs[action]), action, outcome));
}

export type TransferTarget = { serviceId: number } | { deskId: number };

/** Sends the visitor back to waiting, for another service or for one desk. The number stays; the place is the
 *  original arrival time, or first in line when the centre's transferPlacement says so. */
export function transferFromDesk(ctx: HubContext, deskId: number, target: TransferTarget): TicketView {
  const desk = getDesk(ctx, deskId);
  const toDesk = 'deskId' in target ? getDesk(ctx, target.deskId) : null;
  if ('serviceId' in target) getService(ctx, target.serviceId);
  return ctx.writer.write((emit, now) => {
    const current = currentOrConflict(ctx, desk, 'transfer');
    const step = applyVisitAction(current.state, 'transfer');
    if (!step.ok) throw conflict('visit-step-refused', `${current.number} at ${desk.name}: ${step.reason}`);
    const toServiceId = 'serviceId' in target ? target.serviceId : current.service_id;
    const first = ctx.settings().transferPlacement === 'first' ? 1 : 0;
    ctx.db
      .prepare(`UPDATE tickets SET state = 'waiting', service_id = ?, desk_id = NULL, for_desk_id = ?, goes_first = ? WHERE id = ?`)
      .run(toServiceId, toDesk?.id ?? null, first, current.id);
    ctx.db.prepare(`UPDATE visits SET ended_at = ?, outcome = 'transferred' WHERE id = ?`).run(now, openVisit(ctx, current.id).id);
    const ticket = toTicketView(ticketRow(ctx.db, current.id)!);
    emit({ type: 'ticket.transferred', ticket, desk: deskRef(desk), fromServiceId: current.service_id });
    return ticket;
  });
}
