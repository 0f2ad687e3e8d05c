// Exit-survey responses: five answers (NULL where skipped), anonymous, optionally linked to the visit's ticket.
import type { Migration } from '../migrate.ts';

export const survey: Migration = {
  id: 2,
  name: 'survey',
  up: `
    CREATE TABLE survey_responses (
      id INTEGER PRIMARY KEY,
      submitted_at INTEGER NOT NULL,
      ticket_id INTEGER REFERENCES tickets(id),
      q1 INTEGER CHECK (q1 BETWEEN 1 AND 5),
      q2 INTEGER CHECK (q2 BETWEEN 1 AND 5),
      q3 INTEGER CHECK (q3 BETWEEN 1 AND 5),
      q4 INTEGER CHECK (q4 BETWEEN 1 AND 5),
      q5 INTEGER CHECK (q5 BETWEEN 1 AND 5),
      comment TEXT
    ) STRICT;
    CREATE INDEX survey_responses_submitted_at ON survey_responses(submitted_at);
  `,
};
