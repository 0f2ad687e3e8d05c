// A ticket can now be parked, and a ticket carries the random token of its follow page, whether it was sent to one
// desk, and whether a transfer put it first. SQLite cannot change a CHECK constraint, so the tickets table is
// rebuilt (SQLite's documented procedure: new table, copy, drop, rename, indexes again) with foreign keys off and
// checked before the commit.
import type { Migration } from '../migrate.ts';

export const parkedTicketsAndFollowTokens: Migration = {
  id: 6,
  name: 'parked-tickets-and-follow-tokens',
  rebuildsTables: true,
  up: `
    CREATE TABLE tickets_new (
      id INTEGER PRIMARY KEY,
      issued_service_id INTEGER NOT NULL REFERENCES services(id),
      service_id INTEGER NOT NULL REFERENCES services(id),
      day TEXT NOT NULL,
      day_sequence INTEGER NOT NULL,
      number TEXT NOT NULL,
      language TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'finished', 'no-show', 'parked')),
      issued_at INTEGER NOT NULL,
      queued_at INTEGER NOT NULL,
      first_called_at INTEGER,
      desk_id INTEGER REFERENCES desks(id),
      ended_at INTEGER,
      print_status TEXT NOT NULL CHECK (print_status IN ('queued', 'printed', 'failed', 'virtual')),
      print_reason TEXT,
      follow_token TEXT,
      for_desk_id INTEGER REFERENCES desks(id),
      goes_first INTEGER NOT NULL DEFAULT 0 CHECK (goes_first IN (0, 1))
    ) STRICT;
    INSERT INTO tickets_new (id, issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at,
                             first_called_at, desk_id, ended_at, print_status, print_reason)
      SELECT id, issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at,
             first_called_at, desk_id, ended_at, print_status, print_reason FROM tickets;
    -- Earlier tickets get a token too (128 random bits, hex), so every ticket answer has a follow page.
    UPDATE tickets_new SET follow_token = lower(hex(randomblob(16)));
    DROP TABLE tickets;
    ALTER TABLE tickets_new RENAME TO tickets;
    CREATE UNIQUE INDEX tickets_number_per_day ON tickets(issued_service_id, day, day_sequence);
    CREATE INDEX tickets_open ON tickets(day, state, service_id, queued_at);
    CREATE INDEX tickets_issued_at ON tickets(issued_at);
    CREATE INDEX tickets_report ON tickets(issued_at, first_called_at, ended_at, state, issued_service_id, desk_id);
    CREATE INDEX tickets_report_by_service ON tickets(issued_service_id, issued_at, first_called_at, ended_at, state);
    CREATE UNIQUE INDEX tickets_follow_token ON tickets(follow_token) WHERE follow_token IS NOT NULL;
  `,
};
