// The hub's own state: is it, its database and its printer working; and the languages it speaks.
import type { HubContext } from '../../context.ts';
import { Health } from '../../../common/schemas/health.ts';
import { health } from '../../health.ts';
import { LanguagesAnswer } from '../../../common/schemas/languages.ts';
import { languageList } from '../../languages.ts';
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
    route({
      method: 'GET',
      url: '/api/languages',
      summary: "Every language Lotsa knows: the centre's visitor languages first, in its order, with their direction, draft state and voice",
      responses: { 200: LanguagesAnswer },
      handle: () => ok(languageList(ctx)),
    }),
  ];
}
