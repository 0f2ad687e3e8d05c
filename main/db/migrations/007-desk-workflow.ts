// The desk workflow's settings and records: a desk's pause and its reason, which of a desk's services are only
// taken when nobody waits for the others, each service's own wait target and list of visit outcomes, and the
// outcome chosen when a visit is finished.
import type { Migration } from '../migrate.ts';

export const deskWorkflow: Migration = {
  id: 7,
  name: 'desk-workflow',
  up: `
    ALTER TABLE desks ADD COLUMN paused_reason TEXT;
    ALTER TABLE desks ADD COLUMN paused_at INTEGER;
    ALTER TABLE desk_services ADD COLUMN priority INTEGER NOT NULL DEFAULT 1 CHECK (priority IN (1, 2));
    -- NULL: the centre's wait target.
    ALTER TABLE services ADD COLUMN wait_target_minutes REAL;
    ALTER TABLE services ADD COLUMN outcomes TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE visits ADD COLUMN outcome_note TEXT;
  `,
};
