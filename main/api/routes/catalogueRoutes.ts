// What a centre offers (services with their ticket prefixes) and where it is served (desks).
import type { HubContext } from '../../context.ts';
import { z } from 'zod';
import { CreateServiceBody, Service } from '../../../common/schemas/services.ts';
import { CreateDeskBody, Desk } from '../../../common/schemas/desks.ts';
import { createService, listServices } from '../../catalogue/services.ts';
import { createDesk, listDesks } from '../../catalogue/desks.ts';
import { failures, created, ok, route, type RouteSpec } from '../route.ts';

export function catalogueRoutes(ctx: HubContext): RouteSpec[] {
  return [
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
  ];
}
