// Booked visits: a service and a time, an optional name for staff, and the short code the visitor checks in with at
// the kiosk. A code is unique among the bookings still open, so it can be short; a checked-in booking points at the
// ticket it became.
import type { Migration } from '../migrate.ts';

export const appointments: Migration = {
  id: 5,
  name: 'appointments',
  up: `
    CREATE TABLE appointments (
      id INTEGER PRIMARY KEY,
      service_id INTEGER NOT NULL REFERENCES services(id),
      starts_at INTEGER NOT NULL,
      name TEXT,
      code TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('booked', 'checked-in', 'cancelled')),
      created_at INTEGER NOT NULL,
      checked_in_at INTEGER,
      ticket_id INTEGER REFERENCES tickets(id)
    ) STRICT;
    CREATE UNIQUE INDEX appointments_open_code ON appointments(code) WHERE state = 'booked';
    CREATE INDEX appointments_starts_at ON appointments(starts_at);
    CREATE UNIQUE INDEX appointments_ticket ON appointments(ticket_id) WHERE ticket_id IS NOT NULL;
  `,
};
