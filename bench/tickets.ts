// bench/tickets: how fast the hub hands out durable ticket numbers, against the two physical limits that bound it:
// the disk's fsync rate for one committed SQLite transaction (every ticket is one), and an HTTP round trip on
// loopback. Prints figures and ratios; asserts nothing. Run: npm run bench
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from '../common/stats/percentile.ts';
import { startHub } from '../tests/helpers/hub.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

function summarise(label: string, samplesMs: number[]): { perSecond: number; p50: number; p99: number } {
  const total = samplesMs.reduce((a, b) => a + b, 0);
  const figures = { perSecond: (samplesMs.length / total) * 1000, p50: percentile(samplesMs, 50)!, p99: percentile(samplesMs, 99)! };
  console.log(`${label.padEnd(44)} ${figures.perSecond.toFixed(0).padStart(6)}/s   p50 ${figures.p50.toFixed(2)} ms   p99 ${figures.p99.toFixed(2)} ms`);
  return figures;
}

async function timed(run: () => unknown | Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const dir = mkdtempSync(join(tmpdir(), 'lotsa-bench-'));
try {
  // The physical limit of a durable write: one tiny WAL transaction with synchronous=FULL, i.e. one fsync.
  const db = new Database(join(dir, 'fsync.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, at INTEGER NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (at) VALUES (?)');
  const fsync = summarise('SQLite commit with fsync (physical limit)', await timed(() => insert.run(Date.now())));
  db.close();

  const hub = await startHub({ dataDir: join(dir, 'hub') });
  try {
    const service = (await hub.api('POST', '/api/services', { name: 'Bench', prefix: 'B' })).body as { id: number };
    const roundTrip = summarise('HTTP round trip, GET /api/health (loopback)', await timed(() => hub.api('GET', '/api/health')));
    const tickets = summarise('POST /api/tickets, one after another', await timed(() => hub.api('POST', '/api/tickets', { serviceId: service.id })));
    console.log('');
    console.log(`tickets/s ÷ fsync commits/s      = ${(tickets.perSecond / fsync.perSecond).toFixed(2)}  (1.00 would be the disk's limit)`);
    console.log(`ticket p50 ÷ round-trip p50      = ${(tickets.p50 / roundTrip.p50).toFixed(2)}  (the cost of numbering, storing and the event, in round trips)`);
    console.log(`a centre's busiest minute (~50 tickets) takes ${((50 / tickets.perSecond) * 1000).toFixed(0)} ms of hub time`);
  } finally {
    await hub.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
