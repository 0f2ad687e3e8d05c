// Which announcements are still worth saying. One is spoken at a time and takes about five seconds, so when calls
// come faster than that (a burst after a reconnect, many desks calling at the opening) the room hears the latest
// ones, each once, not a backlog that runs minutes behind the screen. Pure, so the rules are tested directly.

export interface PendingAnnouncement {
  ticketId: number;
  /** Local time (ms) the call was made, on this display's clock (see eventClock.ts). */
  calledAt: number;
  clips: string[];
}

/** A call older than this is shown but not said: its visitor has most likely seen the screen already. */
export const ANNOUNCE_WITHIN_MS = 30_000;
/** At most this many wait their turn; older ones are dropped when more arrive. */
export const MAX_PENDING = 3;

export function isRecent(calledAt: number, now: number): boolean {
  return now - calledAt < ANNOUNCE_WITHIN_MS;
}

/** Adds a call; a recall of a ticket still waiting its turn replaces the earlier one rather than saying it twice. */
export function enqueue(pending: PendingAnnouncement[], item: PendingAnnouncement, now: number): PendingAnnouncement[] {
  const kept = pending.filter((p) => p.ticketId !== item.ticketId && isRecent(p.calledAt, now));
  return [...kept, item].filter((p) => isRecent(p.calledAt, now)).slice(-MAX_PENDING);
}

/** The next announcement to play, skipping any that went stale while others played. */
export function takeNext(pending: PendingAnnouncement[], now: number): { next: PendingAnnouncement | null; rest: PendingAnnouncement[] } {
  const fresh = pending.filter((p) => isRecent(p.calledAt, now));
  return { next: fresh[0] ?? null, rest: fresh.slice(1) };
}
