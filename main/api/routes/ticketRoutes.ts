// Taking a ticket, seeing the queue and following one's own ticket: open to every kiosk, screen and phone; and the
// needs a guide records for a ticket, for staff only.
import type { HubContext } from '../../context.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { FollowParams, FollowView, IssueTicketBody, QueueSnapshot, Ticket } from '../../../common/schemas/tickets.ts';
import { followBase, followView } from '../../queue/follow.ts';
import { getTicket, issueTicket } from '../../queue/issueTicket.ts';
import { queueSnapshot } from '../../queue/queueSnapshot.ts';
import { HttpError } from '../httpError.ts';
import { hasRole } from '../principal.ts';
import { OpenTicketNeeds, TicketNeeds, TicketNeedsBody } from '../../../common/schemas/needs.ts';
import { changeNeeds, openTicketNeeds } from '../../queue/ticketNeeds.ts';
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
      handle: async ({ body, principal }) => {
        // A kiosk is a public machine: what a guide records about a visitor must come from a signed-in person.
        if ((body.needs !== undefined || body.note !== undefined) && !hasRole(principal, 'staff', 'admin')) {
          throw new HttpError(403, 'needs-staff-only', 'only staff, administrators and the API token may record needs and a note');
        }
        return created(await issueTicket(ctx, body, followBase(ctx)));
      },
    }),
    route({
      method: 'GET',
      url: '/api/tickets/needs',
      summary: "The needs and notes the guides recorded for the tickets waiting or at a desk now (staff only: never on a public screen)",
      responses: { 200: OpenTicketNeeds },
      handle: () => ok(openTicketNeeds(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/tickets/:id/needs',
      summary: "Add or change a waiting or called ticket's needs and note (replaces what was recorded)",
      params: IdParams,
      body: TicketNeedsBody,
      responses: { 200: TicketNeeds, 404: ErrorBody, 409: ErrorBody },
      handle: ({ params, body }) => ok(changeNeeds(ctx, params.id, body)),
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
