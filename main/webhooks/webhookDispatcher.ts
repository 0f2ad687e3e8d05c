// Webhook deliveries: one outbox lane per enabled receiver over the event log (main/outbox/outboxRelay.ts does the
// ordering, timeouts and back-off). Why the event log and not rows of its own: every event is already stored in
// the transaction that made the change, so the hub's hot path (a ticket, a call) writes nothing more however many
// receivers there are, and a receiver's cursor (webhooks.delivered_seq) into that log is the whole outbox. A
// delivery row is made when an event becomes the receiver's next, so its id is stored before the first attempt and
// every retry, after a restart too, carries the same Lotsa-Delivery id.
import { randomUUID } from 'node:crypto';
import type { HubContext } from '../context.ts';
import type { WebhookPayload } from '../../common/schemas/webhooks.ts';
import { webhookData, type WebhookEvent } from '../../common/webhooks/projection.ts';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../common/outbox/retryPolicy.ts';
import { OutboxRelay, relayOnEvents, type AttemptOutcome, type OutboxLane, type OutboxRow } from '../outbox/outboxRelay.ts';
import { enabledWebhookRows, type WebhookRow } from './webhooks.ts';
import { signatureHeader } from './signature.ts';

/** A receiver that has not answered in this long has failed this attempt. */
export const WEBHOOK_TIMEOUT_MS = 5_000;
/** Delivery rows kept per receiver: the latest, for GET /api/webhooks/:id/deliveries. */
const DELIVERIES_KEPT = 1_000;

interface WebhookOutboxRow extends OutboxRow {
  deliveryId: string;
  event: WebhookEvent;
}

interface EventRow {
  seq: number;
  type: string;
  at: number;
  body: string;
}

export interface WebhookOptions {
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
}

export interface Webhooks {
  stop(): Promise<void>;
}

export function startWebhooks(ctx: HubContext, options: WebhookOptions, log: (line: string) => void): Webhooks {
  // How far each receiver's lane has looked without finding an event of its types: kept in memory, so a receiver of
  // rare events is not rescanned from its cursor on every event, nor its cursor written for events it skips.
  const scanned = new Map<number, number>();
  const relay = new OutboxRelay(() => enabledWebhookRows(ctx).map((row) => webhookLane(ctx, row, scanned)), {
    policy: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
    clock: ctx.clock,
    report: log,
  });
  return { stop: relayOnEvents(ctx.events, relay) };
}

function webhookLane(ctx: HubContext, webhook: WebhookRow, scanned: Map<number, number>): OutboxLane<WebhookOutboxRow> {
  const db = ctx.db;
  return {
    key: `webhook ${webhook.id}`,
    next() {
      const cursor = db.prepare<[number], { delivered_seq: number }>('SELECT delivered_seq FROM webhooks WHERE id = ?').get(webhook.id)?.delivered_seq ?? 0;
      const from = Math.max(cursor, scanned.get(webhook.id) ?? 0);
      const event = db
        .prepare<[number, string], EventRow>('SELECT seq, type, at, body FROM events WHERE seq > ? AND type IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT 1')
        .get(from, webhook.events);
      if (!event) {
        scanned.set(webhook.id, ctx.events.lastSeq());
        return null;
      }
      scanned.set(webhook.id, event.seq - 1);
      const delivery = ctx.writer.write((_emit, nowMs) => {
        const found = db
          .prepare<[number, number], { id: string; attempts: number }>('SELECT id, attempts FROM webhook_deliveries WHERE webhook_id = ? AND event_seq = ?')
          .get(webhook.id, event.seq);
        if (found) return found;
        const id = randomUUID();
        db.prepare(
          `INSERT INTO webhook_deliveries (id, webhook_id, event_seq, type, occurred_at, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?)`,
        ).run(id, webhook.id, event.seq, event.type, event.at, nowMs);
        return { id, attempts: 0 };
      });
      return {
        seq: event.seq,
        atMs: event.at,
        attempts: delivery.attempts,
        deliveryId: delivery.id,
        event: { ...JSON.parse(event.body), seq: event.seq, type: event.type, at: new Date(event.at).toISOString() } as WebhookEvent,
      };
    },
    async send(row, signal) {
      const payload: WebhookPayload = {
        id: row.deliveryId,
        type: row.event.type,
        occurredAt: row.event.at,
        data: webhookData(row.event),
      };
      const body = JSON.stringify(payload);
      const response = await fetch(webhook.url, {
        method: 'POST',
        body,
        signal,
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Lotsa-Webhooks',
          'lotsa-delivery': row.deliveryId,
          'lotsa-signature': signatureHeader(webhook.secret, body, ctx.clock()),
        },
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) throw new Error(`HTTP ${response.status}`);
    },
    settle(row, attempt, outcome) {
      ctx.writer.write(() => recordAttempt(ctx, webhook.id, row, attempt, outcome));
    },
  };
}

function recordAttempt(ctx: HubContext, webhookId: number, row: WebhookOutboxRow, attempt: { attempts: number; atMs: number }, outcome: AttemptOutcome): void {
  const db = ctx.db;
  db.prepare(
    'UPDATE webhook_deliveries SET status = ?, attempts = ?, last_attempt_at = ?, next_attempt_at = ?, last_error = COALESCE(?, last_error), delivered_at = ? WHERE id = ?',
  ).run(
    outcome.status,
    attempt.attempts,
    attempt.atMs,
    outcome.status === 'pending' ? outcome.nextAttemptMs : null,
    outcome.status === 'delivered' ? null : outcome.error,
    outcome.status === 'delivered' ? ctx.clock() : null,
    row.deliveryId,
  );
  if (outcome.status === 'pending') return;
  db.prepare('UPDATE webhooks SET delivered_seq = MAX(delivered_seq, ?) WHERE id = ?').run(row.seq, webhookId);
  db.prepare(
    'DELETE FROM webhook_deliveries WHERE webhook_id = ? AND event_seq <= (SELECT event_seq FROM webhook_deliveries WHERE webhook_id = ? ORDER BY event_seq DESC LIMIT 1 OFFSET ?)',
  ).run(webhookId, webhookId, DELIVERIES_KEPT);
}
