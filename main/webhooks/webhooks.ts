// Registered webhook receivers: an administrator adds one (its secret is answered once), lists them, disables one,
// and reads its latest deliveries. A new receiver starts at the newest event: it hears what happens from now on.
import type { HubContext } from '../context.ts';
import type { Webhook, WebhookBody, WebhookCreated, WebhookDelivery, WebhookEventType } from '../../common/schemas/webhooks.ts';
import { notFound } from '../problems.ts';
import { newWebhookSecret } from './signature.ts';

export interface WebhookRow {
  id: number;
  url: string;
  events: string;
  secret: string;
  created_at: number;
  disabled_at: number | null;
  delivered_seq: number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as WebhookEventType[],
    enabled: row.disabled_at === null,
    createdAt: iso(row.created_at)!,
    disabledAt: iso(row.disabled_at),
  };
}

export function registerWebhook(ctx: HubContext, body: WebhookBody): WebhookCreated {
  const secret = newWebhookSecret();
  return ctx.writer.write((emit, nowMs) => {
    const row = ctx.db
      .prepare<[string, string, string, number, number], WebhookRow>(
        'INSERT INTO webhooks (url, events, secret, created_at, delivered_seq) VALUES (?, ?, ?, ?, ?) RETURNING *',
      )
      .get(body.url, JSON.stringify(body.events), secret, nowMs, ctx.events.lastSeq())!;
    const webhook = toWebhook(row);
    emit({ type: 'webhook.created', webhook });
    return { ...webhook, secret };
  });
}

export function listWebhooks(ctx: HubContext): Webhook[] {
  return ctx.db.prepare<[], WebhookRow>('SELECT * FROM webhooks ORDER BY id').all().map(toWebhook);
}

/** The receivers deliveries go to, secrets included: for the dispatcher only. */
export function enabledWebhookRows(ctx: HubContext): WebhookRow[] {
  return ctx.db.prepare<[], WebhookRow>('SELECT * FROM webhooks WHERE disabled_at IS NULL ORDER BY id').all();
}

function webhookRow(ctx: HubContext, id: number): WebhookRow {
  const row = ctx.db.prepare<[number], WebhookRow>('SELECT * FROM webhooks WHERE id = ?').get(id);
  if (!row) throw notFound('webhook-not-found', `there is no webhook with id ${id}`);
  return row;
}

/** Nothing more is sent to it; disabling one already disabled changes nothing. */
export function disableWebhook(ctx: HubContext, id: number): Webhook {
  return ctx.writer.write((emit, nowMs) => {
    const row = webhookRow(ctx, id);
    if (row.disabled_at !== null) return toWebhook(row);
    ctx.db.prepare('UPDATE webhooks SET disabled_at = ? WHERE id = ?').run(nowMs, id);
    const webhook = toWebhook({ ...row, disabled_at: nowMs });
    emit({ type: 'webhook.disabled', webhook });
    return webhook;
  });
}

interface DeliveryRow {
  id: string;
  event_seq: number;
  type: string;
  occurred_at: number;
  status: WebhookDelivery['status'];
  attempts: number;
  last_attempt_at: number | null;
  next_attempt_at: number | null;
  last_error: string | null;
  delivered_at: number | null;
}

export const DELIVERIES_SHOWN = 100;

/** The latest deliveries, newest first. */
export function listDeliveries(ctx: HubContext, webhookId: number): WebhookDelivery[] {
  webhookRow(ctx, webhookId);
  return ctx.db
    .prepare<[number, number], DeliveryRow>('SELECT * FROM webhook_deliveries WHERE webhook_id = ? ORDER BY event_seq DESC LIMIT ?')
    .all(webhookId, DELIVERIES_SHOWN)
    .map((row) => ({
      id: row.id,
      eventSeq: row.event_seq,
      type: row.type as WebhookEventType,
      occurredAt: iso(row.occurred_at)!,
      status: row.status,
      attempts: row.attempts,
      lastAttemptAt: iso(row.last_attempt_at),
      nextAttemptAt: iso(row.next_attempt_at),
      lastError: row.last_error,
      deliveredAt: iso(row.delivered_at),
    }));
}
