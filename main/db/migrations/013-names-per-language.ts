// Names in every visitor language: a service's and a desk's translations beside the default name, and those of each
// outcome a service lists. A JSON column rather than a side table: a name is always read with its service or desk
// (every list, snapshot and ticket view already reads that row), never searched by translation, and holds at most
// ten short strings, so one column keeps every query as it is and one UPDATE replaces them whole. The survey's
// questions already keep their wording per language this way (survey_questions.texts, migration 3).
import type { Migration } from '../migrate.ts';

export const namesPerLanguage: Migration = {
  id: 13,
  name: 'names-per-language',
  up: `
    ALTER TABLE services ADD COLUMN names TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(names));
    ALTER TABLE services ADD COLUMN outcome_names TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(outcome_names));
    ALTER TABLE desks ADD COLUMN names TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(names));
  `,
};
