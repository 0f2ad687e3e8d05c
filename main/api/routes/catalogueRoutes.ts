// What a centre offers (services with their ticket prefixes) and where it is served (desks).
import type { HubContext } from '../../context.ts';
import { z } from 'zod';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { CreateServiceBody, Service, ServiceNamesBody, ServiceSettings, ServiceSettingsBody } from '../../../common/schemas/services.ts';
import { CreateDeskBody, Desk, DeskDetail, DeskNamesBody, DeskServicesBody } from '../../../common/schemas/desks.ts';
import { createService, listServiceSettings, listServices, updateServiceNames, updateServiceSettings } from '../../catalogue/services.ts';
import { createDesk, listDesks } from '../../catalogue/desks.ts';
import { deskDetail, updateDeskNames, updateDeskServices } from '../../queue/deskState.ts';
import { created, ok, route, type RouteSpec } from '../route.ts';

export function catalogueRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/services',
      summary: 'The services visitors can queue for',
      responses: { 200: z.array(Service) },
      handle: () => ok(listServices(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/services',
      summary: 'Add a service with its ticket prefix',
      body: CreateServiceBody,
      responses: { 201: Service, 409: ErrorBody },
      handle: ({ body }) => created(createService(ctx, body)),
    }),
    route({
      method: 'POST',
      url: '/api/services/:id/names',
      summary: "Set a service's name in each visitor language (a language left out shows the default name)",
      params: IdParams,
      body: ServiceNamesBody,
      responses: { 200: Service },
      handle: ({ params, body }) => ok(updateServiceNames(ctx, params.id, body)),
    }),
    route({
      method: 'GET',
      url: '/api/service-settings',
      summary: "Every service's own wait target (null: the centre's) and visit outcomes",
      responses: { 200: z.array(ServiceSettings) },
      handle: () => ok(listServiceSettings(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/services/:id/settings',
      summary: "Set a service's own wait target (null: the centre's) and the outcomes a desk chooses from when finishing",
      params: IdParams,
      body: ServiceSettingsBody,
      responses: { 200: ServiceSettings },
      handle: ({ params, body }) => ok(updateServiceSettings(ctx, params.id, body)),
    }),
    route({
      method: 'GET',
      url: '/api/desks',
      summary: 'The desks and the services each serves',
      responses: { 200: z.array(Desk) },
      handle: () => ok(listDesks(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/desks',
      summary: 'Add a desk serving one or more services',
      body: CreateDeskBody,
      responses: { 201: Desk, 409: ErrorBody },
      handle: ({ body }) => created(createDesk(ctx, body)),
    }),
    route({
      method: 'GET',
      url: '/api/desks/:id',
      summary: 'One desk as staff work with it: its services and priorities, its pause, the visitors it parked',
      params: IdParams,
      responses: { 200: DeskDetail },
      handle: ({ params }) => ok(deskDetail(ctx, params.id)),
    }),
    route({
      method: 'POST',
      url: '/api/desks/:id/names',
      summary: "Set a desk's name in each visitor language (a language left out shows the default name)",
      params: IdParams,
      body: DeskNamesBody,
      responses: { 200: DeskDetail },
      handle: ({ params, body }) => ok(updateDeskNames(ctx, params.id, body)),
    }),
    route({
      method: 'POST',
      url: '/api/desks/:id/services',
      summary: 'Change which services a desk calls, in its order, and which only when nobody waits for the others',
      params: IdParams,
      body: DeskServicesBody,
      responses: { 200: DeskDetail },
      handle: ({ params, body }) => ok(updateDeskServices(ctx, params.id, body)),
    }),
  ];
}
