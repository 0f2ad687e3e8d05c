// A real PostgreSQL for one test file: the central service's embedded server in a temporary folder, migrated, with
// its pool; before/after hooks start it once and stop and remove it afterwards. (tests/helpers/central.ts runs the
// whole central process; this is only its database.)
import { after, before } from 'node:test';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../../main/central/db/embeddedPostgres.ts';
import { openCentralDb, type CentralDb } from '../../main/central/db/centralDb.ts';
import { migrateCentral } from '../../main/central/db/migrate.ts';
import { centralMigrations } from '../../main/central/db/migrations/index.ts';

export interface TestPostgres {
  /** The migrated database's pool; valid inside the suite's tests. */
  readonly db: CentralDb;
}

export function testPostgres(): TestPostgres {
  const dir = mkdtempSync(join(tmpdir(), 'lotsa-pg-'));
  // As root the server runs as a `postgres` user of its own, which must reach the folder mkdtemp made private.
  chmodSync(dir, 0o755);
  let server: RunningPostgres | undefined;
  let pool: CentralDb | undefined;
  before(async () => {
    server = await startEmbeddedPostgres(dir, (line) => console.error(line));
    pool = openCentralDb(server.url);
    await migrateCentral(pool, centralMigrations);
  });
  after(async () => {
    await pool?.end();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get db() {
      return pool!;
    },
  };
}
