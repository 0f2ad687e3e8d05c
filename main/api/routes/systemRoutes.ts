// The hub's own state: is it, its database and its printer working.
import type { HubContext } from '../../context.ts';
import { Health } from '../../../common/schemas/health.ts';
import { health } from '../../health.ts';
import { ok, route, type RouteSpec } from '../route.ts';

export function systemRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/health',
      summary: 'Whether the hub, its database and its printer are working',
      responses: { 200: Health },
      handle: () => ok(health(ctx)),
    }),
  ];
}
