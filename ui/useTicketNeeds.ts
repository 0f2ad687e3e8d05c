// What the guides recorded for the tickets now open (GET /api/tickets/needs), kept current: the stream says only
// that a ticket's needs changed (its event never carries them), so the list is read again then.
import { useEffect, useState } from 'preact/hooks';
import { OpenTicketNeeds, type TicketNeeds } from '../common/schemas/needs.ts';
import { apiGet } from './apiClient.ts';
import { useStaffEvents } from './useStaffEvents.ts';

export function useTicketNeeds(): ReadonlyMap<number, TicketNeeds> {
  const [needs, setNeeds] = useState<ReadonlyMap<number, TicketNeeds>>(new Map());
  const load = () =>
    apiGet('/api/tickets/needs', OpenTicketNeeds).then(
      (open) => setNeeds(new Map(open.tickets.map((t) => [t.ticketId, t]))),
      () => {}, // the desk works without them; the next change or reconnect reads them again
    );
  useEffect(() => void load(), []);
  useStaffEvents((event) => {
    if (event.type === 'ticket.needs-changed') void load();
  }, () => void load());
  return needs;
}
