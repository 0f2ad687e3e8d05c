// Who is called next. The rule, in order (the first step that finds anyone decides):
//   1. a checked-in booked visitor whose booked time has come: earliest booked time first (Kensington's "every
//      pre-booked visit is met within 5 minutes of the booked time");
//   2. a visitor transferred with the "goes first" setting: in their original order of arrival;
//   3. fairness: anyone who has waited past their own service's wait target, longest-waiting first, whatever the
//      desk's priorities, so one busy service cannot starve a desk's other services;
//   4. the desk's primary services (a desk may take "Reception" only when nobody waits for "Bygglov"): the longest-
//      waiting ticket among them; then its secondary services the same way.
// Within a step, ties (same millisecond) fall back to the ticket id, which is the order of issue. A ticket sent to a
// particular desk is only ever called by that desk. A ticket the guide marked urgent goes before the others of its
// service, whichever step chose that service; one that needs a private room is called only by a private-room desk
// when the centre has any. A booked visitor who checked in early waits like a walk-in
// until their time comes, so an idle desk may still see them early.

export interface WaitingTicket {
  id: number;
  serviceId: number;
  queuedAtMs: number;
}

export interface QueuedTicket extends WaitingTicket {
  /** The booked time of a checked-in appointment; null for a walk-in. */
  bookedAtMs: number | null;
  /** Transferred with the "goes first" setting. */
  first: boolean;
  /** Transferred to one desk: only that desk may call it, whatever services the desk serves. */
  forDeskId: number | null;
  /** The wait target of the ticket's service. */
  targetMs: number;
  /** Marked urgent by a guide: first within its service. */
  urgent: boolean;
  /** Needs a private room: only a private-room desk calls it, when the centre has one. */
  privateRoom: boolean;
}

export interface DeskService {
  serviceId: number;
  /** 1: served whenever someone waits; 2: only when nobody waits for the desk's primary services. */
  priority: 1 | 2;
}

export interface CallingDesk {
  id: number;
  services: readonly DeskService[];
  /** A room where a visitor can speak unheard. */
  privateRoom: boolean;
}

export function byWaitingOrder(a: WaitingTicket, b: WaitingTicket): number {
  return a.queuedAtMs - b.queuedAtMs || a.id - b.id;
}

function earliest<T extends WaitingTicket>(tickets: readonly T[], order: (a: T, b: T) => number = byWaitingOrder): T | null {
  let best: T | null = null;
  for (const ticket of tickets) if (best === null || order(ticket, best) < 0) best = ticket;
  return best;
}

const byBookedTime = (a: QueuedTicket, b: QueuedTicket) => a.bookedAtMs! - b.bookedAtMs! || byWaitingOrder(a, b);

/** centreHasPrivateRooms: whether any desk is a private room; without one, a private-room need cannot be met by
 *  holding the visitor back, so every desk may call them. */
export function nextTicketFor<T extends QueuedTicket>(waiting: readonly T[], desk: CallingDesk, nowMs: number, centreHasPrivateRooms: boolean): T | null {
  const priorityOf = new Map(desk.services.map((s) => [s.serviceId, s.priority]));
  const roomFits = (t: T) => !t.privateRoom || desk.privateRoom || !centreHasPrivateRooms;
  const callable = waiting.filter((t) => (t.forDeskId === null ? priorityOf.has(t.serviceId) : t.forDeskId === desk.id) && roomFits(t));
  // A ticket sent to this desk counts as one of its primary services.
  const primary = (t: T) => t.forDeskId === desk.id || priorityOf.get(t.serviceId) === 1;
  const chosen = byRule(callable, primary, nowMs);
  if (chosen === null || chosen.urgent || (chosen.bookedAtMs !== null && chosen.bookedAtMs <= nowMs)) return chosen;
  return earliest(callable.filter((t) => t.urgent && t.serviceId === chosen.serviceId)) ?? chosen;
}

function byRule<T extends QueuedTicket>(callable: readonly T[], primary: (t: T) => boolean, nowMs: number): T | null {
  return (
    earliest(
      callable.filter((t) => t.bookedAtMs !== null && t.bookedAtMs <= nowMs),
      byBookedTime,
    ) ??
    earliest(callable.filter((t) => t.first)) ??
    earliest(callable.filter((t) => nowMs - t.queuedAtMs > t.targetMs)) ??
    earliest(callable.filter(primary)) ??
    earliest(callable)
  );
}

/** How many tickets of the same service are ahead of this one in the waiting line. */
export function countAhead(waiting: readonly WaitingTicket[], ticket: WaitingTicket): number {
  return waiting.filter((other) => other.serviceId === ticket.serviceId && other.id !== ticket.id && byWaitingOrder(other, ticket) < 0).length;
}
