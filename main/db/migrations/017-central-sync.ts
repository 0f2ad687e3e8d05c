// Store and forward to the central service (issue 17, common/schemas/central.ts). central_changes is the change
// sequence: one row per ticket and per survey response, renumbered (a new, higher seq: AUTOINCREMENT never reuses
// one) by the triggers of ../centralChangeTriggers.ts whenever the row is inserted or changes in a way reports see,
// so "every row changed after the acknowledged seq" is one range scan, however long the site was offline.
// A migration that rebuilds tickets or survey_responses must call centralChangeTriggers() for it again.
// central_sync is the one row of this database's identity and its cursor at the central service: kept durable so a
// restart resumes where the last acknowledged batch left off. A backup copy gets a new identity and a cursor of 0
// (main/centralSync/syncState.ts).
import type { Migration } from '../migrate.ts';
import { centralChangeTriggers, NEW_DATABASE_ID_SQL } from '../centralChangeTriggers.ts';

export const centralSync: Migration = {
  id: 17,
  name: 'central-sync',
  up: `
    CREATE TABLE central_changes (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('ticket', 'response')),
      row_id INTEGER NOT NULL,
      UNIQUE (kind, row_id)
    ) STRICT;
    -- Oldest first, so a site that is still catching up has sent its early days complete.
    INSERT INTO central_changes (kind, row_id)
      SELECT kind, id FROM (
        SELECT 'ticket' AS kind, id, issued_at AS at FROM tickets
        UNION ALL SELECT 'response', id, submitted_at FROM survey_responses
      ) ORDER BY at, kind, id;
    ${centralChangeTriggers('tickets')}
    ${centralChangeTriggers('survey_responses')}
    CREATE TABLE central_sync (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      database_id TEXT NOT NULL,
      -- the highest seq the central service acknowledged for database_id
      acked_seq INTEGER NOT NULL DEFAULT 0,
      last_sync_at INTEGER,
      last_attempt_at INTEGER,
      -- failed attempts since the last acknowledged one: the back-off continues from it after a restart
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      last_outcome TEXT CHECK (last_outcome IN ('acked', 'failed', 'refused')),
      last_error TEXT,
      -- the site facts the central service last acknowledged: a renamed service alone is worth an empty batch
      sent_facts TEXT,
      -- updatedAt of the central survey questions last taken over
      questions_taken TEXT
    ) STRICT;
    INSERT INTO central_sync (id, database_id) VALUES (1, ${NEW_DATABASE_ID_SQL});
  `,
};
