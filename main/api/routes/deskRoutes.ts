// What staff do at a desk; each action is one transaction and emits its events (main/queue/deskActions.ts,
// deskCalls.ts, deskState.ts).
import type { HubContext } from '../../context.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { CallTicketBody, DeskActionResult, DeskStateResult, FinishBody, PauseBody, ResumeTicketBody, TransferBody } from '../../../common/schemas/desks.ts';
import { actAtDesk, transferFromDesk, type CurrentAction } from '../../queue/deskActions.ts';
import { callNext, callTicket, resumeTicket } from '../../queue/deskCalls.ts';
import { pauseDesk, raiseAlarm, resumeDesk } from '../../queue/deskState.ts';
import { NoBody, noContent, ok, route, type RouteSpec } from '../route.ts';

export function deskRoutes(ctx: HubContext): RouteSpec[] {
  const deskAction = (action: Exclude<CurrentAction, 'finish'>, summaryText: string) =>
    route({
      method: 'POST',
      url: `/api/desks/:id/${action}`,
      idempotent: true,
      summary: summaryText,
      params: IdParams,
      body: NoBody,
      responses: { 200: DeskActionResult, 409: ErrorBody },
      handle: ({ params }) => ok({ ticket: actAtDesk(ctx, params.id, action) }),
    });

  return [
    route({
      method: 'POST',
      url: '/api/desks/:id/next',
      idempotent: true,
      summary: "Finish the desk's current visit and call the next visitor by the waiting rule (204 when nobody waits; 409 while paused)",
      params: IdParams,
      body: NoBody,
      responses: { 200: DeskActionResult, 204: null, 409: ErrorBody },
      handle: ({ params }) => {
        const ticket = callNext(ctx, params.id);
        return ticket ? ok({ ticket }) : noContent();
      },
    }),
    route({
      method: 'POST',
      url: '/api/desks/:id/call',
      idempotent: true,
      summary: "Finish the desk's current visit and call one waiting ticket chosen from the list (409 if it is no longer waiting or the desk is paused)",
      params: IdParams,
      body: CallTicketBody,
      responses: { 200: DeskActionResult, 409: ErrorBody },
      handle: ({ params, body }) => ok({ ticket: callTicket(ctx, params.id, body.ticketId) }),
    }),
    deskAction('recall', 'Call the current visitor again (announced again on the display)'),
    deskAction('start', 'The called visitor has arrived at the desk'),
    route({
      method: 'POST',
      url: '/api/desks/:id/finish',
      idempotent: true,
      summary: "Finish the current visit, optionally noting its outcome (one of the service's outcomes)",
      params: IdParams,
      body: FinishBody,
      responses: { 200: DeskActionResult, 409: ErrorBody },
      handle: ({ params, body }) => ok({ ticket: actAtDesk(ctx, params.id, 'finish', body?.outcome) }),
    }),
    deskAction('no-show', 'The called visitor did not come (409 until called again as often as the noShowAfterRecalls setting asks)'),
    deskAction('park', 'Park the current visitor (they step away); the desk may call others and resumes them later'),
    route({
      method: 'POST',
      url: '/api/desks/:id/resume-ticket',
      idempotent: true,
      summary: 'Bring back a visitor this desk parked; the desk must have no current visitor',
      params: IdParams,
      body: ResumeTicketBody,
      responses: { 200: DeskActionResult, 409: ErrorBody },
      handle: ({ params, body }) => ok({ ticket: resumeTicket(ctx, params.id, body.ticketId) }),
    }),
    route({
      method: 'POST',
      url: '/api/desks/:id/transfer',
      idempotent: true,
      summary: 'Send the current visitor to another service or to one desk; the ticket keeps its number and its place (or goes first: transferPlacement)',
      params: IdParams,
      body: TransferBody,
      responses: { 200: DeskActionResult, 409: ErrorBody },
      handle: ({ params, body }) =>
        ok({ ticket: transferFromDesk(ctx, params.id, body.deskId !== undefined ? { deskId: body.deskId } : { serviceId: body.serviceId! }) }),
    }),
    route({
      method: 'POST',
      url: '/api/desks/:id/pause',
      summary: 'Pause the desk with a reason: it calls nobody until resumed',
      params: IdParams,
      body: PauseBody,
      responses: { 200: DeskStateResult },
      handle: ({ params, body }) => ok({ desk: pauseDesk(ctx, params.id, body.reason) }),
    }),
    route({
      method: 'POST',
      url: '/api/desks/:id/resume',
      summary: 'End the desk’s pause (409 when it is not paused)',
      params: IdParams,
      body: NoBody,
      responses: { 200: DeskStateResult, 409: ErrorBody },
      handle: ({ params }) => ok({ desk: resumeDesk(ctx, params.id) }),
    }),
    route({
      method: 'POST',
      url: '/api/desks/:id/alarm',
      summary: 'Silent alarm: alerts the other desks and the admin screen (a staff-only event), never the public display',
      params: IdParams,
      body: NoBody,
      responses: { 200: DeskStateResult },
      handle: ({ params }) => ok({ desk: raiseAlarm(ctx, params.id) }),
    }),
  ];
}
