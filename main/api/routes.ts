// The HTTP contract of the hub, one entry per endpoint. Later issues extend this table; names and shapes here are
// relied on by the screens, by integrators and by outside checks, so they change only by addition.
import { z } from 'zod';
import type { HubContext } from '../context.ts';
import { ErrorBody, IdParams } from '../../common/schemas/common.ts';
import { CreateServiceBody, Service } from '../../common/schemas/services.ts';
import { CreateDeskBody, Desk, DeskActionResult, TransferBody } from '../../common/schemas/desks.ts';
import { IssueTicketBody, QueueSnapshot, Ticket } from '../../common/schemas/tickets.ts';
import { SurveyBody, SurveyResponse } from '../../common/schemas/survey.ts';
import { Summary, SummaryQuery } from '../../common/schemas/reports.ts';
import { Health } from '../../common/schemas/health.ts';
import { createService, listServices } from '../catalogue/services.ts';
import { createDesk, listDesks } from '../catalogue/desks.ts';
import { getTicket, issueTicket } from '../queue/issueTicket.ts';
import { actAtDesk, callNext, transferFromDesk } from '../queue/deskActions.ts';
import { queueSnapshot } from '../queue/queueSnapshot.ts';
import { submitSurvey } from '../survey/submitSurvey.ts';
import { summary } from '../reports/summary.ts';
import { health } from '../health.ts';
import { created, noContent, ok, route, type RouteSpec } from './route.ts';
import { HttpError } from './httpError.ts';

const NoBody = z.strictObject({}).optional();
const failures = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function apiRoutes(ctx: HubContext): RouteSpec[] {
  const deskAction = (action: 'recall' | 'start' | 'finish' | 'no-show', summaryText: string) =>
    route({
      method: 'POST',
      url: `/api/desks/:id/${action}`,
      access: 'staff',
      summary: summaryText,
      params: IdParams,
      body: NoBody,
      responses: { 200: DeskActionResult, ...failures },
      handle: ({ params }) => ok({ ticket: actAtDesk(ctx, params.id, action) }),
    });

  return [
    route({
      method: 'GET',
      url: '/api/health',
      access: 'open',
      summary: 'Whether the hub, its database and its printer are working',
      responses: { 200: Health },
      handle: () => ok(health(ctx)),
    }),
    route({
      method: 'GET',
      url: '/api/services',
      access: 'open',
      summary: 'The services visitors can queue for',
      responses: { 200: z.array(Service) },
      handle: () => ok(listServices(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/services',
      access: 'admin',
      summary: 'Add a service with its ticket prefix',
      body: CreateServiceBody,
      responses: { 201: Service, ...failures },
      handle: ({ body }) => created(createService(ctx, body)),
    }),
    route({
      method: 'GET',
      url: '/api/desks',
      access: 'open',
      summary: 'The desks and the services each serves',
      responses: { 200: z.array(Desk) },
      handle: () => ok(listDesks(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/desks',
      access: 'admin',
      summary: 'Add a desk serving one or more services',
      body: CreateDeskBody,
      responses: { 201: Desk, ...failures },
      handle: ({ body }) => created(createDesk(ctx, body)),
    }),
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
    route({
      method: 'POST',
      url: '/api/desks/:id/next',
      access: 'staff',
      summary: "Finish the desk's current visit and call the next visitor (204 when nobody waits)",
      params: IdParams,
      body: NoBody,
      responses: { 200: DeskActionResult, 204: null, ...failures },
      handle: ({ params }) => {
        const ticket = callNext(ctx, params.id);
        return ticket ? ok({ ticket }) : noContent();
      },
    }),
    deskAction('recall', 'Call the current visitor again'),
    deskAction('start', 'The called visitor has arrived at the desk'),
    deskAction('finish', 'Finish the current visit'),
    deskAction('no-show', 'The called visitor did not come'),
    route({
      method: 'POST',
      url: '/api/desks/:id/transfer',
      access: 'staff',
      summary: 'Send the current visitor to another service; the ticket keeps its number and its place',
      params: IdParams,
      body: TransferBody,
      responses: { 200: DeskActionResult, ...failures },
      handle: ({ params, body }) => ok({ ticket: transferFromDesk(ctx, params.id, body.serviceId) }),
    }),
    route({
      method: 'POST',
      url: '/api/survey',
      access: 'open',
      summary: 'One exit-survey response: five answers 1..5 or null for skipped',
      body: SurveyBody,
      responses: { 201: SurveyResponse, 400: ErrorBody },
      handle: ({ body }) => created(submitSurvey(ctx, body)),
    }),
    route({
      method: 'GET',
      url: '/api/reports/summary',
      access: 'admin',
      summary: 'Visits, waits against the target and survey means for a period',
      query: SummaryQuery,
      responses: { 200: Summary, 400: ErrorBody, 401: ErrorBody },
      handle: ({ query }) => ok(summary(ctx, query)),
    }),
  ];
}
