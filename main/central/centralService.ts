// The central service as one start and stop: its PostgreSQL (embedded in the data folder, or the municipality's
// own), the migrations, the HTTP API and the /central screen. main/central/serve.ts is its command line.
import { resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { resolveApiToken } from '../apiToken.ts';
import { newReadableCode } from '../auth/secrets.ts';
import { countAdmins } from './auth/admins.ts';
import { openCentralDb, type CentralDb } from './db/centralDb.ts';
import { startEmbeddedPostgres, type RunningPostgres } from './db/embeddedPostgres.ts';
import { migrateCentral } from './db/migrate.ts';
import { centralMigrations } from './db/migrations/index.ts';
import { createCentralServer } from './api/centralServer.ts';
import type { CentralArgs } from './cli/centralArgs.ts';

export interface RunningCentralService {
  url: string;
  apiToken: string;
  apiTokenGenerated: boolean;
  /** While no administrator exists: the code that creates the first one (a new one each start, never stored). */
  setupCode: string | null;
  close(): Promise<void>;
}

export async function startCentralService(args: CentralArgs & { screensDir: string; log: (line: string) => void }): Promise<RunningCentralService> {
  const dataDir = resolve(args.dataDir);
  mkdirSync(dataDir, { recursive: true });
  let postgres: RunningPostgres | undefined;
  let db: CentralDb | undefined;
  let app: FastifyInstance | undefined;
  try {
    postgres = args.databaseUrl ? undefined : await startEmbeddedPostgres(dataDir, args.log);
    db = openCentralDb(args.databaseUrl ?? postgres!.url);
    const applied = await migrateCentral(db, centralMigrations);
    if (applied.length > 0) args.log(`PostgreSQL schema: applied migration(s) ${applied.join(', ')}`);
    const { token, generated } = resolveApiToken(dataDir, args.apiToken);
    const setupCode = newReadableCode();
    app = await createCentralServer({ db, apiToken: token, setupCode, screensDir: args.screensDir, clock: Date.now, applyDelayMs: args.testApplyDelayMs, log: args.log });
    await app.listen({ port: args.port, host: args.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : args.port;
    const shownHost = args.host === '0.0.0.0' || args.host === '::' ? '127.0.0.1' : args.host;
    const opened = { app, db, postgres };
    return {
      url: `http://${shownHost}:${port}`,
      apiToken: token,
      apiTokenGenerated: generated,
      setupCode: (await countAdmins(db)) === 0 ? setupCode : null,
      close: async () => {
        await opened.app.close();
        await opened.db.end();
        await opened.postgres?.stop();
      },
    };
  } catch (error) {
    await app?.close().catch(() => {});
    await db?.end().catch(() => {});
    await postgres?.stop().catch(() => {});
    throw error;
  }
}
