// The manager's figures.
import type { HubContext } from '../../context.ts';
import { ErrorBody } from '../../../common/schemas/common.ts';
import { Summary, SummaryQuery } from '../../../common/schemas/reports.ts';
import { summary } from '../../reports/summary.ts';
import { ok, route, type RouteSpec } from '../route.ts';

export function reportRoutes(ctx: HubContext): RouteSpec[] {
  return [
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
