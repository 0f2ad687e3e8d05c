// Signed webhooks: an administrator registers a receiver for some of the hub's event types, and the hub POSTs each
// such event to it, signed with the receiver's secret. Only public event types can be chosen, and each has an
// explicit projection (common/webhooks/projection.ts), so nothing a public display may not see leaves the hub.
import { z } from 'zod';
import { Id, IsoTime } from './common.ts';
import { refuse } from './text.ts';

/** The event types a receiver may ask for: those a public display sees, each with its projection. */
export const WEBHOOK_EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'ticket.recalled',
  'ticket.started',
  'ticket.finished',
  'ticket.no-show',
  'ticket.parked',
  'ticket.resumed',
  'ticket.transferred',
  'ticket.not-served',
  'survey.submitted',
  'printer.status',
  'day.started',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
const isWebhookEventType = (type: string): type is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);

export const WebhookUrl = z
  .string()
  .max(500, 'a webhook url is at most 500 characters')
  .superRefine((text, ctx) => {
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      // refused below
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
      refuse(ctx, 'webhook-url-invalid', 'url must be an http or https address, e.g. https://cases.example.org/lotsa');
    }
  })
  .describe('where the hub POSTs the events: http or https only');

const WebhookEventName = z
  .string()
  .refine(isWebhookEventType, { message: `an event type is one of ${WEBHOOK_EVENT_TYPES.join(', ')}`, params: { code: 'webhook-event-unknown' } })
  .meta({ enum: [...WEBHOOK_EVENT_TYPES] });

export const WebhookEvents = z
  .array(WebhookEventName)
  .max(WEBHOOK_EVENT_TYPES.length * 2, 'too many event types')
  .superRefine((events, ctx) => {
    if (events.length === 0) refuse(ctx, 'webhook-events-empty', 'events must name at least one event type');
  })
  .transform((events) => [...new Set(events)] as WebhookEventType[]);

export const WebhookBody = z.strictObject({ url: WebhookUrl, events: WebhookEvents });
export type WebhookBody = z.output<typeof WebhookBody>;

export const Webhook = z
  .object({
    id: Id,
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    enabled: z.boolean().describe('false once disabled: nothing more is sent'),
    createdAt: IsoTime,
    disabledAt: IsoTime.nullable(),
  })
  .meta({ id: 'Webhook' });
export type Webhook = z.infer<typeof Webhook>;

export const WebhookCreated = Webhook.extend({
  secret: z.string().describe('the HMAC-SHA256 key of Lotsa-Signature: shown in this answer only, keep it in the receiver'),
}).meta({ id: 'WebhookCreated' });
export type WebhookCreated = z.infer<typeof WebhookCreated>;

export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;

export const WebhookDelivery = z
  .object({
    id: z.string().describe('the Lotsa-Delivery header and the body\'s id: the same on every retry, so receivers deduplicate by it'),
    eventSeq: z.number().int().positive(),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    occurredAt: IsoTime,
    status: z.enum(DELIVERY_STATES).describe('pending: being retried; failed: given up 24 h after the event'),
    attempts: z.number().int().min(0),
    lastAttemptAt: IsoTime.nullable(),
    nextAttemptAt: IsoTime.nullable().describe('while pending: when the next attempt is due'),
    lastError: z.string().nullable().describe("the last failed attempt's reason: an HTTP status, a timeout, a refused connection"),
    deliveredAt: IsoTime.nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

/** What each delivery's body holds; `data` is the event's public projection. */
export const WebhookPayload = z
  .object({
    id: z.string().describe('unique per delivery and repeated on retries: deduplicate by it'),
    type: z.enum(WEBHOOK_EVENT_TYPES),
    occurredAt: IsoTime,
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookPayload' });
export type WebhookPayload = z.infer<typeof WebhookPayload>;
