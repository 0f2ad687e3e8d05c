// What a guide at the door learnt about a visitor: an interpreter's language, a private room, urgency, and a short
// note. Kept beside the ticket rather than in it or in the event log, so no public view, stream or export can carry
// it by accident, and the note (which may hold personal data) can be erased at the end of its business day while the
// needs stay as flags for the statistics. Desks gain the private-room mark that such visitors are called to.
import type { Migration } from '../migrate.ts';

export const ticketNeeds: Migration = {
  id: 15,
  name: 'ticket-needs',
  up: `
    CREATE TABLE ticket_needs (
      ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
      interpreter TEXT,
      private_room INTEGER NOT NULL DEFAULT 0 CHECK (private_room IN (0, 1)),
      urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
      note TEXT,
      updated_at INTEGER NOT NULL
    );
    ALTER TABLE desks ADD COLUMN private_room INTEGER NOT NULL DEFAULT 0 CHECK (private_room IN (0, 1));
  `,
};
