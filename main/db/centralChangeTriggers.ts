// The triggers that keep the central change sequence (migration 017, central_changes) true: every insert of a ticket
// or survey response, and every change to a column the central reports read, gives the row a fresh, higher seq.
// Renumbering (delete, then insert) rather than INSERT OR REPLACE: inside a trigger, an outer INSERT OR IGNORE would
// turn the trigger's REPLACE into IGNORE and the change would silently not be renumbered.
//
// SQLite drops a table's triggers with the table: a migration that rebuilds tickets or survey_responses (create
// new, copy, drop, rename) must run centralChangeTriggers(<table>) again after the rename, or the central service
// stops hearing about that table's changes.

/** The columns of each table that leave the site (common/schemas/central.ts): a change to any other column (the
 *  print status, the follow token, the queue position) is not worth a resend. */
export const CENTRAL_COLUMNS = {
  tickets: { kind: 'ticket', columns: ['issued_service_id', 'desk_id', 'state', 'issued_at', 'first_called_at', 'ended_at'] },
  survey_responses: { kind: 'response', columns: ['submitted_at', 'ticket_id', 'q1', 'q2', 'q3', 'q4', 'q5', 'comment', 'source'] },
} as const;

export type CentralTable = keyof typeof CENTRAL_COLUMNS;

/** CREATE TRIGGER statements (dropping any earlier ones of the same name) for one table. */
export function centralChangeTriggers(table: CentralTable): string {
  const { kind, columns } = CENTRAL_COLUMNS[table];
  const renumber = `
      DELETE FROM central_changes WHERE kind = '${kind}' AND row_id = NEW.id;
      INSERT INTO central_changes (kind, row_id) VALUES ('${kind}', NEW.id);`;
  const changed = columns.map((column) => `NEW.${column} IS NOT OLD.${column}`).join(' OR ');
  return `
    DROP TRIGGER IF EXISTS central_${table}_inserted;
    DROP TRIGGER IF EXISTS central_${table}_changed;
    CREATE TRIGGER central_${table}_inserted AFTER INSERT ON ${table} BEGIN${renumber}
    END;
    CREATE TRIGGER central_${table}_changed AFTER UPDATE OF ${columns.join(', ')} ON ${table} WHEN ${changed} BEGIN${renumber}
    END;`;
}

/** A version 4 UUID made by SQLite itself, so every database migrated gets its own (a JS value in the migration
 *  text would be the same for every database one process migrates). */
export const NEW_DATABASE_ID_SQL = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;
