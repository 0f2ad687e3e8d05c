// Numbered migrations, each applied once in its own transaction and recorded, so a database from any earlier
// version opens at the current schema and a half-applied migration is impossible.
import type { Database } from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  up: string;
  /** Rebuilds a table that others reference: runs with foreign keys off (SQLite ignores that pragma inside a
   *  transaction, so it is switched around it) and refuses to commit if any reference no longer resolves. */
  rebuildsTables?: boolean;
}

export function migrate(db: Database, migrations: readonly Migration[]): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT`);
  const applied = new Set(db.prepare('SELECT id FROM schema_migrations').pluck().all() as number[]);
  const newest = Math.max(0, ...applied);
  const known = Math.max(0, ...migrations.map((m) => m.id));
  if (newest > known) {
    throw new Error(`the database was written by a newer Lotsa (schema ${newest}, this version knows ${known}); refusing to open it: start that version again, or restore a backup made by this one`);
  }
  const ran: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        db.exec(migration.up);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new Error(`migration ${migration.id} (${migration.name}) would leave references that do not resolve`);
        }
        db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(migration.id, migration.name, Date.now());
      }).immediate();
    } finally {
      if (migration.rebuildsTables) db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    }
    ran.push(migration.id);
  }
  return ran;
}
