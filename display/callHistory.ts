// The display's memory of calls, for the per-desk board: which numbers each desk called before its current one.
// The hub's snapshot holds only who is at a desk now, so earlier calls are those this display saw as events since
// it was loaded (a reload starts the "previous" columns empty; the current calls are always right).
import type { TicketView } from '../common/schemas/tickets.ts';
import type { Desk } from '../common/schemas/desks.ts';

export interface CallRecord {
  ticketId: number;
  number: string;
  deskId: number;
  seq: number;
}

/** Enough for every desk of a large centre to keep a few previous numbers. */
const KEPT_CALLS = 200;
export const PREVIOUS_PER_DESK = 3;

/** Newest first; a recall moves the call to the front instead of repeating it. */
export function recordCall(history: CallRecord[], call: CallRecord): CallRecord[] {
  return [call, ...history.filter((c) => c.ticketId !== call.ticketId || c.deskId !== call.deskId)].slice(0, KEPT_CALLS);
}

export interface DeskRow {
  desk: Desk;
  /** The ticket called to (or being served at) the desk now, if any. */
  current: TicketView | null;
  /** Numbers the desk called before, newest first. */
  previous: string[];
}

/**
 * One row per desk that has called someone, the desk with the latest call first. `called` is the live queue's
 * tickets at desks (already filtered to what this display shows), `history` the calls it saw. Every such desk is
 * listed: the board pages through them when they do not fit.
 */
export function deskRows(desks: Desk[], called: TicketView[], history: CallRecord[]): DeskRow[] {
  const order: number[] = [];
  for (const deskId of [...called.map((t) => t.deskId), ...history.map((c) => c.deskId)]) {
    if (deskId !== null && !order.includes(deskId)) order.push(deskId);
  }
  return order.flatMap((deskId) => {
    const desk = desks.find((d) => d.id === deskId);
    if (!desk) return [];
    const current = called.find((t) => t.deskId === deskId) ?? null;
    const previous = history
      .filter((c) => c.deskId === deskId && c.ticketId !== current?.id)
      .slice(0, PREVIOUS_PER_DESK)
      .map((c) => c.number);
    return [{ desk, current, previous }];
  });
}
