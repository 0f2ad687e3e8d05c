// The survey an administrator can set up (which of the five question slots are asked, in what order, with what
// text per language), where a response came from (the exit touchscreen or a paper card typed in by staff), and the
// screen's id for one completed survey, so a visitor tapping Send five times leaves one response.
import type { Migration } from '../migrate.ts';

export const surveyQuestionsAndSources: Migration = {
  id: 3,
  name: 'survey-questions-and-sources',
  up: `
    -- One row per answer column of survey_responses (q1..q5): the id is the slot, so answers stay comparable
    -- however the questions are reordered or reworded. texts holds the administrator's wording per language as
    -- JSON; a language without one is asked in the product's default wording.
    CREATE TABLE survey_questions (
      id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 5),
      position INTEGER NOT NULL,
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      texts TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
    INSERT INTO survey_questions (id, position, active) VALUES (1, 1, 1), (2, 2, 1), (3, 3, 1), (4, 4, 1), (5, 5, 1);

    ALTER TABLE survey_responses ADD COLUMN source TEXT NOT NULL DEFAULT 'kiosk' CHECK (source IN ('kiosk', 'paper'));
    ALTER TABLE survey_responses ADD COLUMN submission_id TEXT;
    CREATE UNIQUE INDEX survey_responses_submission ON survey_responses(submission_id) WHERE submission_id IS NOT NULL;
  `,
};
