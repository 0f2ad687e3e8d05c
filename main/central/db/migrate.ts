// The central service's schema, numbered like the hub's (main/db/migrate.ts): each migration applied once in its own
// transaction and recorded. An advisory lock keeps two central services started on one database from racing.
import type { CentralDb } from './centralDb.ts';
import { inTransaction } from './centralDb.ts';

export interface CentralMigration {
  id: number;
  name: string;
  up: string;
}

const LOCK = 7_411_017;

export async function migrateCentral(db: CentralDb, migrations: readonly CentralMigration[]): Promise<number[]> {
  return inTransaction(db, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const applied = new Set((await client.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const newest = Math.max(0, ...applied);
    const known = Math.max(0, ...migrations.map((m) => m.id));
    if (newest > known) {
      throw new Error(`the central database was written by a newer Lotsa (schema ${newest}, this version knows ${known}); refusing to use it`);
    }
    const ran: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.id)) continue;
      await client.query(migration.up);
      await client.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      ran.push(migration.id);
    }
    return ran;
  });
}
