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
  follow_token: string | null;
  for_desk_id: number | null;
  goes_first: 0 | 1;
  /** The booked time of the appointment this ticket checked in for. */
  booked_at: number | null;
}

const columns = `t.id, t.day, t.number, t.service_id, t.language, t.state, t.issued_at, t.queued_at, t.first_called_at, t.desk_id,
  t.print_status, t.print_reason, t.follow_token, t.for_desk_id, t.goes_first, a.starts_at AS booked_at`;
const from = 'tickets t LEFT JOIN appointments a ON a.ticket_id = t.id';

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
    bookedAt: iso(row.booked_at),
    forDeskId: row.for_desk_id,
  };
}

export function printInfo(row: TicketRow): PrintInfo {
  return row.print_reason ? { status: row.print_status, reason: row.print_reason } : { status: row.print_status };
}

export function ticketRow(db: Db, id: number): TicketRow | undefined {
  return db.prepare<[number], TicketRow>(`SELECT ${columns} FROM ${from} WHERE t.id = ?`).get(id);
}

// The waiting line is every ticket still waiting, whatever day it was taken: a visitor waiting when the business day
// changes at midnight is still there and still called. Leftovers of a closed day are ended as not served in the
// night's quiet hour (main/queue/businessDays.ts), so the line never carries them into the morning. A visit under way
// is the desk's, whatever day it began on: a visitor still at the desk when the day ends is finished there.

export function waitingTickets(db: Db): TicketRow[] {
  return db.prepare<[], TicketRow>(`SELECT ${columns} FROM ${from} WHERE t.state = 'waiting' ORDER BY t.queued_at, t.id`).all();
}

/** Tickets at a desk or desks in these states, any day: the visitor being called or served, the ones it parked. */
export function ticketsAtDesks(db: Db, states: readonly TicketState[], deskId?: number): TicketRow[] {
  return db
    .prepare<(string | number)[], TicketRow>(
      `SELECT ${columns} FROM ${from} WHERE t.state IN (${states.map(() => '?').join(', ')}) ${deskId === undefined ? '' : 'AND t.desk_id = ?'} ORDER BY t.queued_at, t.id`,
    )
    .all(...states, ...(deskId === undefined ? [] : [deskId]));
}

/** The ticket a desk is calling or serving, if any. */
export function ticketAtDesk(db: Db, deskId: number): TicketRow | undefined {
  return ticketsAtDesks(db, ['called', 'serving'], deskId)[0];
}

export function ticketByFollowToken(db: Db, token: string): TicketRow | undefined {
  return db.prepare<[string], TicketRow>(`SELECT ${columns} FROM ${from} WHERE t.follow_token = ?`).get(token);
}
