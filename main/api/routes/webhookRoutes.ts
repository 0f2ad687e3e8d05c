// Signed webhooks for a centre's other systems (case handling, dashboards): receivers, and what was sent to them.
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { Webhook, WebhookBody, WebhookCreated, WebhookDelivery } from '../../../common/schemas/webhooks.ts';
import { DELIVERIES_SHOWN, disableWebhook, listDeliveries, listWebhooks, registerWebhook } from '../../webhooks/webhooks.ts';
import { created, NoBody, ok, route, type RouteSpec } from '../route.ts';

export function webhookRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/webhooks',
      summary: 'Every registered webhook receiver, enabled or disabled (never its secret)',
      responses: { 200: z.array(Webhook) },
      handle: () => ok(listWebhooks(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/webhooks',
      summary:
        'Register a receiver for some event types; the answer holds its signing secret, shown this once. It receives the events that happen from now on, each POSTed signed with Lotsa-Signature',
      body: WebhookBody,
      responses: { 201: WebhookCreated },
      handle: ({ body }) => created(registerWebhook(ctx, body)),
    }),
    route({
      method: 'POST',
      url: '/api/webhooks/:id/disable',
      summary: 'Stop sending to a receiver (an attempt under way is abandoned); it stays listed with its deliveries',
      params: IdParams,
      body: NoBody,
      responses: { 200: Webhook, 404: ErrorBody },
      handle: ({ params }) => ok(disableWebhook(ctx, params.id)),
    }),
    route({
      method: 'GET',
      url: '/api/webhooks/:id/deliveries',
      summary: `A receiver's latest ${DELIVERIES_SHOWN} deliveries, newest first: status, attempts, the last error`,
      params: IdParams,
      responses: { 200: z.array(WebhookDelivery), 404: ErrorBody },
      handle: ({ params }) => ok(listDeliveries(ctx, params.id)),
    }),
  ];
}
