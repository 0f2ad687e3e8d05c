// Reading tickets as the screens see them. One mapping from row to TicketView so that the API, the events and the
// snapshot can never disagree about what a ticket looks like.
import type { Db } from '../db/openDatabase.ts';
import type { PrintInfo, TicketView } from '../../common/schemas/tickets.ts';
import type { TicketState } from '../../common/queue/visitState.ts';
import type { LanguageCode } from '../../common/i18n/languages.ts';

export interface TicketRow {
  id: number;
  day: string;
  number: string;
  service_id: number;
  language: LanguageCode;
  state: TicketState;
  issued_at: number;
  queued_at: number;
  first_called_at: number | null;
  desk_id: number | null;
  print_status: 'queued' | 'printed' | 'failed' | 'virtual';
  print_reason: string | null;
}

const columns = 'id, day, number, service_id, language, state, issued_at, queued_at, first_called_at, desk_id, print_status, print_reason';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toTicketView(row: TicketRow): TicketView {
  return {
    id: row.id,
    number: row.number,
    serviceId: row.service_id,
    language: row.language,
    state: row.state,
    issuedAt: iso(row.issued_at)!,
    calledAt: iso(row.first_called_at),
    deskId: row.desk_id,
  };
}

export function printInfo(row: TicketRow): PrintInfo {
  return row.print_reason ? { status: row.print_status, reason: row.print_reason } : { status: row.print_status };
}

export function ticketRow(db: Db, id: number): TicketRow | undefined {
  return db.prepare<[number], TicketRow>(`SELECT ${columns} FROM tickets WHERE id = ?`).get(id);
}

// The live queue is the current business day's: a ticket left waiting at closing is not called the next morning
// (it stays in the record as never called, which the reports count against the wait target).

export function ticketsInState(db: Db, day: string, states: readonly TicketState[]): TicketRow[] {
  return db
    .prepare<string[], TicketRow>(`SELECT ${columns} FROM tickets WHERE day = ? AND state IN (${states.map(() => '?').join(', ')}) ORDER BY queued_at, id`)
    .all(day, ...states);
}

/** The ticket a desk is currently calling or serving today, if any. */
export function ticketAtDesk(db: Db, day: string, deskId: number): TicketRow | undefined {
  return db.prepare<[string, number], TicketRow>(`SELECT ${columns} FROM tickets WHERE day = ? AND desk_id = ? AND state IN ('called', 'serving')`).get(day, deskId);
}
