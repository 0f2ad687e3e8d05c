// What of an event leaves the hub in a webhook: for each type a receiver may ask for, the fields a public wall
// display may see, copied one by one. A field added to an event later stays inside the hub until it is named here,
// so a booked name, a note about a visitor or a booking code can never ride along by accident.
import type { DeskEvent, HubEvent } from '../schemas/events.ts';
import type { TicketView } from '../schemas/tickets.ts';
import type { WebhookEventType } from '../schemas/webhooks.ts';

export interface PublicTicket {
  id: number;
  number: string;
  serviceId: number;
  language: string;
  state: string;
  issuedAt: string;
  calledAt: string | null;
  deskId: number | null;
}

const publicTicket = (ticket: TicketView): PublicTicket => ({
  id: ticket.id,
  number: ticket.number,
  serviceId: ticket.serviceId,
  language: ticket.language,
  state: ticket.state,
  issuedAt: ticket.issuedAt,
  calledAt: ticket.calledAt,
  deskId: ticket.deskId,
});

type Of<T extends WebhookEventType> = Extract<HubEvent, { type: T }>;
type Projection = { [T in WebhookEventType]: (event: Of<T>) => Record<string, unknown> };

const atDesk = (event: DeskEvent) => ({ ticket: publicTicket(event.ticket), desk: { id: event.desk.id, name: event.desk.name } });

const PROJECTION: Projection = {
  'ticket.issued': (event) => ({ ticket: publicTicket(event.ticket) }),
  'ticket.called': atDesk,
  'ticket.recalled': atDesk,
  'ticket.started': atDesk,
  'ticket.finished': atDesk,
  'ticket.no-show': atDesk,
  'ticket.parked': atDesk,
  'ticket.resumed': atDesk,
  'ticket.transferred': (event) => ({ ...atDesk(event), fromServiceId: event.fromServiceId }),
  'ticket.not-served': (event) => ({ ticket: publicTicket(event.ticket) }),
  'survey.submitted': (event) => ({ responseId: event.responseId }),
  'printer.status': (event) => ({ state: event.state }),
  'day.started': (event) => ({ day: event.day, timeZone: event.timeZone }),
};

export type WebhookEvent = Of<WebhookEventType>;

/** The `data` of a webhook delivery for this event. */
export function webhookData(event: WebhookEvent): Record<string, unknown> {
  return (PROJECTION[event.type] as (event: WebhookEvent) => Record<string, unknown>)(event);
}
