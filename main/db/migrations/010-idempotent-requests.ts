// A retried tap must not make a second ticket: the answer to each request sent with an Idempotency-Key is kept for a
// day under its caller and key, written in the transaction of the change it answers (main/api/idempotency.ts).
import type { Migration } from '../migrate.ts';

export const idempotentRequests: Migration = {
  id: 10,
  name: 'idempotent-requests',
  up: `
    CREATE TABLE idempotent_requests (
      caller TEXT NOT NULL,
      key TEXT NOT NULL,
      -- method, path and body of the first request: the same key with another request is refused
      fingerprint TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      -- NULL while the change is made and its answer not yet stored (a ticket waiting for the printer)
      status INTEGER,
      body TEXT,
      PRIMARY KEY (caller, key)
    ) STRICT;
    CREATE INDEX idempotent_requests_by_age ON idempotent_requests(created_at);
  `,
};
