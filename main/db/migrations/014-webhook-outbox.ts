// Signed webhooks. The event log is the outbox: each receiver keeps a cursor (delivered_seq) into it, and every
// event of its types after the cursor is still to be delivered, in seq order. A delivery row names the attempt
// state of one event for one receiver; its id is the Lotsa-Delivery header, the same on every retry.
// The secret is stored as it is: the hub must compute the HMAC with it (see README, Webhooks).
import type { Migration } from '../migrate.ts';

export const webhookOutbox: Migration = {
  id: 14,
  name: 'webhook-outbox',
  up: `
    CREATE TABLE webhooks (
      id INTEGER PRIMARY KEY,
      url TEXT NOT NULL,
      events TEXT NOT NULL,
      secret TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      disabled_at INTEGER,
      delivered_seq INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE webhook_deliveries (
      id TEXT PRIMARY KEY,
      webhook_id INTEGER NOT NULL REFERENCES webhooks(id),
      event_seq INTEGER NOT NULL,
      type TEXT NOT NULL,
      occurred_at INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      last_attempt_at INTEGER,
      next_attempt_at INTEGER,
      last_error TEXT,
      delivered_at INTEGER,
      UNIQUE (webhook_id, event_seq)
    ) STRICT;
  `,
};
