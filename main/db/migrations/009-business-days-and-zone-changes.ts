// The end of a business day and changes of the centre's time zone. A ticket still waiting when its day ends is closed
// as `not-served` (the building closed before it was called), which the tickets' state CHECK must allow, so the
// table is rebuilt as in migration 006. A new time zone takes effect at the start of a business day and the days
// before keep theirs, so each change is kept with the instant it starts. Each business day is opened once
// (main/queue/businessDays.ts), and the row says so.
import type { Migration } from '../migrate.ts';

export const businessDaysAndZoneChanges: Migration = {
  id: 9,
  name: 'business-days-and-zone-changes',
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
      state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'finished', 'no-show', 'parked', 'not-served')),
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
    INSERT INTO tickets_new SELECT id, issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at,
                                   first_called_at, desk_id, ended_at, print_status, print_reason, follow_token, for_desk_id, goes_first
                            FROM tickets;
    DROP TABLE tickets;
    ALTER TABLE tickets_new RENAME TO tickets;
    CREATE UNIQUE INDEX tickets_number_per_day ON tickets(issued_service_id, day, day_sequence);
    CREATE INDEX tickets_open ON tickets(day, state, service_id, queued_at);
    CREATE INDEX tickets_issued_at ON tickets(issued_at);
    CREATE INDEX tickets_report ON tickets(issued_at, first_called_at, ended_at, state, issued_service_id, desk_id);
    CREATE INDEX tickets_report_by_service ON tickets(issued_service_id, issued_at, first_called_at, ended_at, state);
    CREATE UNIQUE INDEX tickets_follow_token ON tickets(follow_token) WHERE follow_token IS NOT NULL;
    -- Open tickets whatever their day: the visitors at desks (a handful), and those left waiting at a day's end.
    CREATE INDEX tickets_by_state ON tickets(state, day);

    -- The first zone is the timeZone setting; each row is a later one, from the start of a business day in it.
    CREATE TABLE time_zone_changes (
      from_ms INTEGER PRIMARY KEY,
      time_zone TEXT NOT NULL,
      requested_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE business_days (
      day TEXT PRIMARY KEY,
      time_zone TEXT NOT NULL,
      opened_at INTEGER NOT NULL
    ) STRICT;
  `,
};
