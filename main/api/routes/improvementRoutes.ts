// "You said, we did": administrators record and retire them; anyone may read the current ones (the wall display and
// the visitor's phone show them).
import type { HubContext } from '../../context.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { CreateImprovementBody, Improvement, ImprovementList } from '../../../common/schemas/improvements.ts';
import { createImprovement, currentImprovements, retireImprovement } from '../../improvements/improvements.ts';
import { created, NoBody, ok, route, type RouteSpec } from '../route.ts';

export function improvementRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/improvements',
      summary: '"You said, we did": what visitors\' comments led to, the current ones (not retired), with their texts per language',
      responses: { 200: ImprovementList },
      handle: () => ok(currentImprovements(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/improvements',
      summary: 'Record what a comment led to, "said" and "did" per language code (at least one); the wall display shows it between calls',
      body: CreateImprovementBody,
      responses: { 201: Improvement },
      handle: ({ body }) => created(createImprovement(ctx, body)),
    }),
    route({
      method: 'POST',
      url: '/api/improvements/:id/retire',
      summary: 'Take an improvement off the screens; it stays on record',
      params: IdParams,
      body: NoBody,
      responses: { 200: Improvement, 404: ErrorBody, 409: ErrorBody },
      handle: ({ params }) => ok(retireImprovement(ctx, params.id)),
    }),
  ];
}
