// Building a centre through the public API: services, desks, tickets and desk actions, each asserting the status the
// contract promises so a test reads as the story of what staff and visitors did.
import assert from 'node:assert/strict';
import type { RunningHub } from './hub.ts';
import type { Service } from '../../common/schemas/services.ts';
import type { Desk } from '../../common/schemas/desks.ts';
import type { Ticket, TicketView } from '../../common/schemas/tickets.ts';

export type DeskActionName = 'next' | 'recall' | 'start' | 'finish' | 'no-show' | 'transfer';

export async function addService(hub: RunningHub, name: string, prefix: string): Promise<Service> {
  const { status, body } = await hub.api<Service>('POST', '/api/services', { name, prefix });
  assert.equal(status, 201, `POST /api/services ${prefix}: ${JSON.stringify(body)}`);
  return body;
}

export async function addDesk(hub: RunningHub, name: string, serviceIds: number[]): Promise<Desk> {
  const { status, body } = await hub.api<Desk>('POST', '/api/desks', { name, serviceIds });
  assert.equal(status, 201, `POST /api/desks ${name}: ${JSON.stringify(body)}`);
  return body;
}

export async function takeTicket(hub: RunningHub, serviceId: number): Promise<Ticket> {
  const { status, body } = await hub.api<Ticket>('POST', '/api/tickets', { serviceId });
  assert.equal(status, 201, `POST /api/tickets: ${JSON.stringify(body)}`);
  return body;
}

export async function getTicket(hub: RunningHub, id: number): Promise<Ticket> {
  const { status, body } = await hub.api<Ticket>('GET', `/api/tickets/${id}`);
  assert.equal(status, 200, `GET /api/tickets/${id}: ${JSON.stringify(body)}`);
  return body;
}

/** A desk action that must succeed: the acted-on ticket, or null for `next` answering 204 (nobody waits). */
export async function atDesk(hub: RunningHub, deskId: number, action: DeskActionName, body?: unknown): Promise<TicketView | null> {
  const response = await hub.api<{ ticket: TicketView } | null>('POST', `/api/desks/${deskId}/${action}`, body);
  if (action === 'next' && response.status === 204) return null;
  assert.equal(response.status, 200, `POST /api/desks/${deskId}/${action}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body!.ticket;
}

/** `next` that must call someone. */
export async function callNext(hub: RunningHub, deskId: number): Promise<TicketView> {
  const ticket = await atDesk(hub, deskId, 'next');
  assert.ok(ticket, `desk ${deskId} expected a visitor to call, got 204`);
  return ticket;
}
