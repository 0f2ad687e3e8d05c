// The queue as the live screens (display, desk) see it: the hub's snapshot, kept current by folding in events.
// Every ticket event carries the ticket in its new state, so applying one is "put this ticket where its state says",
// which is idempotent: a replayed event or a desk's own action answer arriving before its event changes nothing.
import type { HubEvent } from '../common/schemas/events.ts';
import type { QueueSnapshot, TicketView } from '../common/schemas/tickets.ts';
import type { Service } from '../common/schemas/services.ts';
import type { Desk } from '../common/schemas/desks.ts';

export interface LiveQueue {
  waiting: TicketView[];
  /** Tickets at a desk (called or being served), the most recent call first. */
  called: TicketView[];
  services: Service[];
  desks: Desk[];
}

export function fromSnapshot(snapshot: QueueSnapshot, services: Service[], desks: Desk[]): LiveQueue {
  const called = [...snapshot.called].sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''));
  return { waiting: snapshot.waiting, called, services, desks };
}

export function placeTicket(queue: LiveQueue, ticket: TicketView, justCalled = false): LiveQueue {
  const waiting = queue.waiting.filter((t) => t.id !== ticket.id);
  const position = queue.called.findIndex((t) => t.id === ticket.id);
  const called = queue.called.filter((t) => t.id !== ticket.id);
  if (ticket.state === 'waiting') waiting.push(ticket);
  if (ticket.state === 'called' || ticket.state === 'serving') {
    if (justCalled || position < 0) called.unshift(ticket);
    else called.splice(position, 0, ticket);
  }
  return { ...queue, waiting, called };
}

export function applyEvent(queue: LiveQueue, event: HubEvent): LiveQueue {
  switch (event.type) {
    case 'ticket.issued':
    case 'ticket.started':
    case 'ticket.no-show':
    case 'ticket.finished':
    case 'ticket.transferred':
      return placeTicket(queue, event.ticket);
    case 'ticket.parked':
    case 'ticket.resumed':
    case 'ticket.not-served':
      return placeTicket(queue, event.ticket);
    case 'ticket.called':
    case 'ticket.recalled':
      return placeTicket(queue, event.ticket, true);
    case 'desk.updated':
      return { ...queue, desks: queue.desks.map((d) => (d.id === event.desk.id ? { id: d.id, name: d.name, names: event.desk.names, serviceIds: event.desk.serviceIds, privateRoom: event.desk.privateRoom } : d)) };
    case 'service.updated':
      return { ...queue, services: queue.services.map((s) => (s.id === event.service.id ? event.service : s)) };
    case 'service.created':
      return queue.services.some((s) => s.id === event.service.id) ? queue : { ...queue, services: [...queue.services, event.service] };
    case 'desk.created':
      return queue.desks.some((d) => d.id === event.desk.id) ? queue : { ...queue, desks: [...queue.desks, event.desk] };
    case 'survey.submitted':
    case 'day.started':
    case 'printer.status':
    case 'ticket.print-status':
    case 'printer.settings-updated':
    case 'service.settings-updated':
    case 'desk.paused':
    case 'desk.resumed':
    case 'desk.alarm':
    case 'appointment.created':
    case 'appointment.cancelled':
    case 'appointment.checked-in':
    case 'settings.updated':
    case 'translations.changed':
    case 'appointments.names-erased':
    case 'user.created':
    case 'user.updated':
    case 'device.registered':
    case 'device.paired':
    case 'device.revoked':
    case 'ticket.needs-changed':
    case 'webhook.created':
    case 'webhook.disabled':
    case 'improvement.created':
    case 'improvement.retired':
      return queue;
  }
}

export interface ServiceWaiting {
  service: Service;
  count: number;
  /** issuedAt of the ticket that has waited longest, or null when nobody waits. */
  oldestIssuedAt: string | null;
}

export function waitingPerService(queue: LiveQueue, serviceIds?: readonly number[]): ServiceWaiting[] {
  const services = serviceIds ? queue.services.filter((s) => serviceIds.includes(s.id)) : queue.services;
  return services.map((service) => {
    const tickets = queue.waiting.filter((t) => t.serviceId === service.id);
    const oldest = tickets.reduce<string | null>((min, t) => (min === null || t.issuedAt < min ? t.issuedAt : min), null);
    return { service, count: tickets.length, oldestIssuedAt: oldest };
  });
}
