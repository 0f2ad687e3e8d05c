// Services, desks, tickets, desk visits and the event log: the queue as the hub remembers it across restarts.
import type { Migration } from '../migrate.ts';

export const queue: Migration = {
  id: 1,
  name: 'queue',
  up: `
    CREATE TABLE services (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      prefix TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;
    -- Two services sharing a prefix would hand out the same printed number twice in one day.
    CREATE UNIQUE INDEX services_prefix ON services(prefix);

    CREATE TABLE desks (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX desks_name ON desks(name);

    CREATE TABLE desk_services (
      desk_id INTEGER NOT NULL REFERENCES desks(id),
      service_id INTEGER NOT NULL REFERENCES services(id),
      position INTEGER NOT NULL,
      PRIMARY KEY (desk_id, service_id)
    ) STRICT;

    CREATE TABLE tickets (
      id INTEGER PRIMARY KEY,
      issued_service_id INTEGER NOT NULL REFERENCES services(id),
      service_id INTEGER NOT NULL REFERENCES services(id),
      day TEXT NOT NULL,
      day_sequence INTEGER NOT NULL,
      number TEXT NOT NULL,
      language TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'finished', 'no-show')),
      issued_at INTEGER NOT NULL,
      queued_at INTEGER NOT NULL,
      first_called_at INTEGER,
      desk_id INTEGER REFERENCES desks(id),
      ended_at INTEGER,
      print_status TEXT NOT NULL CHECK (print_status IN ('queued', 'printed', 'failed', 'virtual')),
      print_reason TEXT
    ) STRICT;
    -- The number is taken in the same transaction that stores the ticket; this index makes a duplicate impossible.
    CREATE UNIQUE INDEX tickets_number_per_day ON tickets(issued_service_id, day, day_sequence);
    CREATE INDEX tickets_open ON tickets(day, state, service_id, queued_at);
    CREATE INDEX tickets_issued_at ON tickets(issued_at);

    CREATE TABLE visits (
      id INTEGER PRIMARY KEY,
      ticket_id INTEGER NOT NULL REFERENCES tickets(id),
      desk_id INTEGER NOT NULL REFERENCES desks(id),
      service_id INTEGER NOT NULL REFERENCES services(id),
      called_at INTEGER NOT NULL,
      started_at INTEGER,
      ended_at INTEGER,
      recalls INTEGER NOT NULL DEFAULT 0,
      outcome TEXT CHECK (outcome IN ('finished', 'no-show', 'transferred'))
    ) STRICT;
    CREATE INDEX visits_service_ended ON visits(service_id, ended_at);
    CREATE INDEX visits_open_by_ticket ON visits(ticket_id, ended_at);

    CREATE TABLE events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      type TEXT NOT NULL,
      at INTEGER NOT NULL,
      body TEXT NOT NULL
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
