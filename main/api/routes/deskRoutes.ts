// What staff do at a desk; each action is one transaction and one event (main/queue/deskActions.ts).
import type { HubContext } from '../../context.ts';
import { IdParams } from '../../../common/schemas/common.ts';
import { DeskActionResult, TransferBody } from '../../../common/schemas/desks.ts';
import { actAtDesk, callNext, transferFromDesk } from '../../queue/deskActions.ts';
import { NoBody, failures, noContent, ok, route, type RouteSpec } from '../route.ts';

export function deskRoutes(ctx: HubContext): RouteSpec[] {
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
  ];
}
