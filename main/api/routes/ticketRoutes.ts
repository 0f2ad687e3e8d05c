// Taking a ticket and seeing the queue: open to every kiosk and screen.
import type { HubContext } from '../../context.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { IssueTicketBody, QueueSnapshot, Ticket } from '../../../common/schemas/tickets.ts';
import { getTicket, issueTicket } from '../../queue/issueTicket.ts';
import { queueSnapshot } from '../../queue/queueSnapshot.ts';
import { HttpError } from '../httpError.ts';
import { failures, created, ok, route, type RouteSpec } from '../route.ts';

export function ticketRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/tickets',
      access: 'open',
      summary: 'Take a ticket for a service (the kiosk tap)',
      body: IssueTicketBody,
      responses: { 201: Ticket, ...failures },
      handle: ({ body }) => created(issueTicket(ctx, body)),
    }),
    route({
      method: 'GET',
      url: '/api/tickets/:id',
      access: 'open',
      summary: 'One ticket with its place in the queue and its print status',
      params: IdParams,
      responses: { 200: Ticket, 404: ErrorBody },
      handle: ({ params }) => {
        const ticket = getTicket(ctx, params.id);
        if (!ticket) throw new HttpError(404, `there is no ticket with id ${params.id}`);
        return ok(ticket);
      },
    }),
    route({
      method: 'GET',
      url: '/api/queue',
      access: 'open',
      summary: 'Every waiting and called ticket, and the event seq they reflect',
      responses: { 200: QueueSnapshot },
      handle: () => ok(queueSnapshot(ctx)),
    }),
  ];
}
