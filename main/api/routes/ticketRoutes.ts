// Taking a ticket, seeing the queue and following one's own ticket: open to every kiosk, screen and phone.
import type { HubContext } from '../../context.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { FollowParams, FollowView, IssueTicketBody, QueueSnapshot, Ticket } from '../../../common/schemas/tickets.ts';
import { followBase, followView } from '../../queue/follow.ts';
import { getTicket, issueTicket } from '../../queue/issueTicket.ts';
import { queueSnapshot } from '../../queue/queueSnapshot.ts';
import { HttpError } from '../httpError.ts';
import { created, ok, route, type RouteSpec } from '../route.ts';

export function ticketRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/tickets',
      summary: 'Take a ticket for a service (the kiosk tap)',
      body: IssueTicketBody,
      idempotent: true,
      responses: { 201: Ticket, 404: ErrorBody },
      handle: async ({ body }) => created(await issueTicket(ctx, body, followBase(ctx))),
    }),
    route({
      method: 'GET',
      url: '/api/tickets/:id',
      summary: 'One ticket with its place in the queue and its print status',
      params: IdParams,
      responses: { 200: Ticket, 404: ErrorBody },
      handle: ({ params }) => {
        const ticket = getTicket(ctx, params.id, followBase(ctx));
        if (!ticket) throw new HttpError(404, 'ticket-not-found', `there is no ticket with id ${params.id}`);
        return ok(ticket);
      },
    }),
    route({
      method: 'GET',
      url: '/api/queue',
      summary: 'Every waiting and called ticket, and the event seq they reflect',
      responses: { 200: QueueSnapshot },
      handle: () => ok(queueSnapshot(ctx)),
    }),
    route({
      method: 'GET',
      url: '/api/follow/:token',
      summary: "The visitor's follow page: this ticket's number, place, estimate and desk, by its random token (nothing about anyone else)",
      params: FollowParams,
      responses: { 200: FollowView },
      handle: ({ params }) => ok(followView(ctx, params.token)),
    }),
  ];
}
