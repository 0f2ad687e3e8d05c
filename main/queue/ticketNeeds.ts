// The needs a guide recorded for a ticket (common/schemas/needs.ts), kept in their own table beside it. Written in
// the caller's transaction with a staff-only event that names only the ticket, so the needs and the note never enter
// the event log that displays replay and that leaves the hub; the desks read them from GET /api/tickets/needs.
import type { HubContext } from '../context.ts';
import type { Emit } from '../events/hubWriter.ts';
import type { Needs, OpenTicketNeeds, TicketNeeds, TicketNeedsBody } from '../../common/schemas/needs.ts';
import type { LanguageCode } from '../../common/i18n/languages.ts';
import { conflict, notFound } from '../problems.ts';
import { ticketRow } from './ticketRows.ts';
import { isOpen } from '../../common/queue/visitState.ts';

interface NeedsRow {
  ticket_id: number;
  interpreter: LanguageCode | null;
  private_room: number;
  urgent: number;
  note: string | null;
}

/** Only what was asked for: a flag left false is left out, as a guide sends it. */
function needsOf(row: Pick<NeedsRow, 'interpreter' | 'private_room' | 'urgent'>): Needs {
  return {
    ...(row.interpreter !== null ? { interpreter: row.interpreter } : {}),
    ...(row.private_room === 1 ? { privateRoom: true } : {}),
    ...(row.urgent === 1 ? { urgent: true } : {}),
  };
}

const toTicketNeeds = (row: NeedsRow): TicketNeeds => ({ ticketId: row.ticket_id, needs: needsOf(row), note: row.note });

/** Stores a ticket's needs and note (replacing any before), inside the caller's transaction. */
export function storeNeeds(ctx: HubContext, emit: Emit, now: number, ticketId: number, body: TicketNeedsBody): void {
  ctx.db
    .prepare(
      `INSERT INTO ticket_needs (ticket_id, interpreter, private_room, urgent, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (ticket_id) DO UPDATE SET interpreter = excluded.interpreter, private_room = excluded.private_room,
         urgent = excluded.urgent, note = excluded.note, updated_at = excluded.updated_at`,
    )
    .run(ticketId, body.needs.interpreter ?? null, body.needs.privateRoom ? 1 : 0, body.needs.urgent ? 1 : 0, body.note || null, now);
  emit({ type: 'ticket.needs-changed', ticketId });
}

/** A guide adds or changes the needs and note of a ticket that is still waiting or at a desk. */
export function changeNeeds(ctx: HubContext, ticketId: number, body: TicketNeedsBody): TicketNeeds {
  return ctx.writer.write((emit, now) => {
    const ticket = ticketRow(ctx.db, ticketId);
    if (!ticket) throw notFound('ticket-not-found', `there is no ticket with id ${ticketId}`);
    if (!isOpen(ticket.state)) {
      throw conflict('ticket-closed', `${ticket.number} is ${ticket.state}: its visit is over, so its needs can no longer change`);
    }
    storeNeeds(ctx, emit, now, ticketId, body);
    return ticketNeeds(ctx, ticketId);
  });
}

export function ticketNeeds(ctx: HubContext, ticketId: number): TicketNeeds {
  const row = ctx.db.prepare<[number], NeedsRow>('SELECT ticket_id, interpreter, private_room, urgent, note FROM ticket_needs WHERE ticket_id = ?').get(ticketId);
  return row ? toTicketNeeds(row) : { ticketId, needs: {}, note: null };
}

/** The needs of every open ticket (waiting, called, serving or parked), for the desks. */
export function openTicketNeeds(ctx: HubContext): OpenTicketNeeds {
  const rows = ctx.db
    .prepare<[], NeedsRow>(
      `SELECT n.ticket_id, n.interpreter, n.private_room, n.urgent, n.note FROM ticket_needs n JOIN tickets t ON t.id = n.ticket_id
       WHERE t.state IN ('waiting', 'called', 'serving', 'parked') ORDER BY n.ticket_id`,
    )
    .all();
  return { tickets: rows.map(toTicketNeeds) };
}

/** Per waiting ticket, what the calling rule needs to know. */
export function callingNeeds(ctx: HubContext): Map<number, { urgent: boolean; privateRoom: boolean }> {
  const rows = ctx.db
    .prepare<[], NeedsRow>(
      `SELECT n.ticket_id, n.interpreter, n.private_room, n.urgent, n.note FROM ticket_needs n JOIN tickets t ON t.id = n.ticket_id WHERE t.state = 'waiting'`,
    )
    .all();
  return new Map(rows.map((row) => [row.ticket_id, { urgent: row.urgent === 1, privateRoom: row.private_room === 1 }]));
}

/** Erases the notes of tickets from business days before `day` (the needs stay as flags for the statistics).
 *  Returns how many notes were erased. */
export function eraseOldNotes(ctx: HubContext, day: string): number {
  return ctx.db
    .prepare(`UPDATE ticket_needs SET note = NULL WHERE note IS NOT NULL AND ticket_id IN (SELECT id FROM tickets WHERE day < ?)`)
    .run(day).changes;
}
