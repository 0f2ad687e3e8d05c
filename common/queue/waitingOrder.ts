// Who is called next. Each service is first come, first served by the time the ticket joined its queue; a desk that
// serves several services takes the ticket that has waited longest among them, so no service is starved by a desk's
// list order. Ties (same millisecond) fall back to the ticket id, which is the order of issue.

export interface WaitingTicket {
  id: number;
  serviceId: number;
  queuedAtMs: number;
}

export function byWaitingOrder(a: WaitingTicket, b: WaitingTicket): number {
  return a.queuedAtMs - b.queuedAtMs || a.id - b.id;
}

export function nextTicketFor<T extends WaitingTicket>(waiting: readonly T[], deskServiceIds: readonly number[]): T | null {
  let best: T | null = null;
  for (const ticket of waiting) {
    if (!deskServiceIds.includes(ticket.serviceId)) continue;
    if (best === null || byWaitingOrder(ticket, best) < 0) best = ticket;
  }
  return best;
}

/** How many tickets of the same service are ahead of this one in the waiting line. */
export function countAhead(waiting: readonly WaitingTicket[], ticket: WaitingTicket): number {
  return waiting.filter((other) => other.serviceId === ticket.serviceId && other.id !== ticket.id && byWaitingOrder(other, ticket) < 0).length;
}
