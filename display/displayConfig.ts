// What one wall display shows, from its link alone (a TV is pointed at a URL once): one hall can have a display per
// waiting area, e.g. /display?services=1,3&desks=2,4&lang=en, and only one of them needs to speak (&sound=off).
import type { TicketView } from '../common/schemas/tickets.ts';

export interface DisplayConfig {
  /** Service ids whose calls and waiting counts are shown; null for all. */
  services: number[] | null;
  /** Desk ids whose calls are shown; null for all. */
  desks: number[] | null;
  sound: boolean;
}

function idList(value: string | null): number[] | null {
  if (value === null) return null;
  const ids = value
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);
  // A list that names nothing readable is a typo in the link: showing everything beats showing an empty wall.
  return ids.length > 0 ? ids : null;
}

export function displayConfig(search: string): DisplayConfig {
  const params = new URLSearchParams(search);
  return { services: idList(params.get('services')), desks: idList(params.get('desks')), sound: params.get('sound') !== 'off' };
}

/** Whether a called ticket belongs on this display. */
export function showsCall(config: DisplayConfig, ticket: Pick<TicketView, 'serviceId' | 'deskId'>): boolean {
  if (config.services && !config.services.includes(ticket.serviceId)) return false;
  if (config.desks && (ticket.deskId === null || !config.desks.includes(ticket.deskId))) return false;
  return true;
}
