// The yardsticks the benches hold the hub against, measured on this machine at run time: the disk's rate of durable
// SQLite commits (the physical limit of a write the hub acknowledges) and an HTTP round trip on loopback.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { percentile } from '../common/stats/percentile.ts';
import type { RunningHub } from '../tests/helpers/hub.ts';

export interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Prints one line for samples taken one after another, so their sum is the time they took together. */
export function summarise(label: string, samplesMs: number[]): Figures {
  const total = samplesMs.reduce((a, b) => a + b, 0);
  const figures = { perSecond: (samplesMs.length / total) * 1000, p50: percentile(samplesMs, 50)!, p99: percentile(samplesMs, 99)! };
  console.log(`${label.padEnd(44)} ${figures.perSecond.toFixed(0).padStart(6)}/s   p50 ${figures.p50.toFixed(2)} ms   p99 ${figures.p99.toFixed(2)} ms`);
  return figures;
}

export async function timed(rounds: number, run: () => unknown | Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** One tiny WAL transaction with synchronous=FULL, i.e. one fsync, on the disk holding dir: no hub can commit faster. */
export async function fsyncCeiling(dir: string, rounds: number): Promise<Figures> {
  const db = new Database(join(dir, 'fsync.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, at INTEGER NOT NULL) STRICT');
    const insert = db.prepare('INSERT INTO t (at) VALUES (?)');
    return summarise('SQLite commit with fsync (physical limit)', await timed(rounds, () => insert.run(Date.now())));
  } finally {
    db.close();
  }
}

/** A request that changes nothing and asks the database only `SELECT 1`: the floor under every API call's latency. */
export async function loopbackRoundTrip(hub: RunningHub, rounds: number): Promise<Figures> {
  return summarise('HTTP round trip, GET /api/health (loopback)', await timed(rounds, () => hub.api('GET', '/api/health')));
}
