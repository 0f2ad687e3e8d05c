// Survey answers from the visitor's phone (the follow page): a third source beside the exit screen and paper cards.
// The source CHECK is part of the table, so the table is rebuilt as migration 009 rebuilds tickets; and a visit is
// rated from the phone once, which the database holds to as well as the route. The rebuild drops migration 017's
// change-sequence triggers with the old table, so they are made again.
import type { Migration } from '../migrate.ts';
import { centralChangeTriggers } from '../centralChangeTriggers.ts';

export const phoneSurvey: Migration = {
  id: 18,
  name: 'phone-survey',
  rebuildsTables: true,
  up: `
    CREATE TABLE survey_responses_new (
      id INTEGER PRIMARY KEY,
      submitted_at INTEGER NOT NULL,
      ticket_id INTEGER REFERENCES tickets(id),
      q1 INTEGER CHECK (q1 BETWEEN 1 AND 5),
      q2 INTEGER CHECK (q2 BETWEEN 1 AND 5),
      q3 INTEGER CHECK (q3 BETWEEN 1 AND 5),
      q4 INTEGER CHECK (q4 BETWEEN 1 AND 5),
      q5 INTEGER CHECK (q5 BETWEEN 1 AND 5),
      comment TEXT,
      source TEXT NOT NULL DEFAULT 'kiosk' CHECK (source IN ('kiosk', 'paper', 'phone')),
      submission_id TEXT
    ) STRICT;
    INSERT INTO survey_responses_new SELECT id, submitted_at, ticket_id, q1, q2, q3, q4, q5, comment, source, submission_id FROM survey_responses;
    DROP TABLE survey_responses;
    ALTER TABLE survey_responses_new RENAME TO survey_responses;
    CREATE INDEX survey_responses_submitted_at ON survey_responses(submitted_at);
    CREATE UNIQUE INDEX survey_responses_submission ON survey_responses(submission_id) WHERE submission_id IS NOT NULL;
    CREATE INDEX survey_responses_report ON survey_responses(submitted_at, source, ticket_id, q1, q2, q3, q4, q5);
    CREATE UNIQUE INDEX survey_responses_phone_visit ON survey_responses(ticket_id) WHERE source = 'phone';
    ${centralChangeTriggers('survey_responses')}
  `,
};
