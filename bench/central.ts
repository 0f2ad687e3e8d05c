// bench/central: the central service's PostgreSQL at a municipality's scale. Generates sites and history straight
// into PostgreSQL (server-side INSERT … SELECT through the rollup triggers of migration 002), then measures
//   ingest: visits per second from N sites pushing batches of CENTRAL_BATCH_ROWS at once, each batch the push's
//           multi-row upsert (INSERT … unnest … ON CONFLICT) through the triggers, against the limit of PostgreSQL's own
//           bulk load on this disk: COPY of the same rows into a table with no index and no trigger;
//   the all-sites summary over a year (goal under 1 s), cold and warm.
// Prints figures; asserts nothing. Run: npm run bench:central -- [--sites 20] [--days 365] [--per-day 3000]
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../main/central/db/embeddedPostgres.ts';
import { openCentralDb } from '../main/central/db/centralDb.ts';
import { migrateCentral } from '../main/central/db/migrate.ts';
import { centralMigrations } from '../main/central/db/migrations/index.ts';
import { centralSummary } from '../main/central/reports/index.ts';
import { CENTRAL_BATCH_ROWS } from '../common/schemas/central.ts';
import { percentile } from '../common/stats/percentile.ts';
import { businessDay, daysBefore } from '../common/time/zone.ts';

const { values } = parseArgs({ options: { sites: { type: 'string', default: '20' }, days: { type: 'string', default: '365' }, 'per-day': { type: 'string', default: '3000' }, pushers: { type: 'string', default: '8' } } });
const SITES = Number(values.sites);
const DAYS = Number(values.days);
const PER_DAY = Number(values['per-day']);
const PUSHERS = Math.min(Number(values.pushers), SITES);
const PUSH_BATCHES = 20;
const GOAL_MS = 1000;
const ZONE = 'Europe/Stockholm';

const dir = mkdtempSync(join(tmpdir(), 'lotsa-bench-central-'));
chmodSync(dir, 0o755);
const server = await startEmbeddedPostgres(dir, (line) => console.error(line));
const db = openCentralDb(server.url);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A day's visits of one site as SQL rows: arrivals 08–17, waits roughly exponential (mean 8 min), 4 % no-shows. */
const visitRows = (site: string, firstDay: string, days: number, idBase: string) => `
  SELECT ${site} AS site_id, ${idBase} + d * ${PER_DAY} + n AS id, ${idBase} + d * ${PER_DAY} + n AS seq, 1 + n % 4 AS service_id, 1 + n % 6 AS desk_id,
         CASE WHEN r.x < 0.04 THEN 'no-show' ELSE 'finished' END AS state, t.issued AS issued_at,
         (to_timestamp(t.issued / 1000.0) AT TIME ZONE '${ZONE}')::date AS day,
         t.issued + w.wait AS first_called_at, t.issued + w.wait + 300000 + (r.x * 900000)::bigint AS ended_at
  FROM generate_series(0, ${days - 1}) d, generate_series(0, ${PER_DAY - 1}) n,
       LATERAL (SELECT random() AS x) r,
       LATERAL (SELECT (extract(epoch FROM (('${firstDay}'::date + d) + time '08:00') AT TIME ZONE '${ZONE}') * 1000)::bigint
                       + (n::bigint * 32400000 / ${PER_DAY}) AS issued) t,
       LATERAL (SELECT (-ln(1 - random() * 0.999) * 480000)::bigint + n % 7 AS wait) w`;

try {
  await migrateCentral(db, centralMigrations);
  const today = businessDay(Date.now(), ZONE);
  const firstDay = daysBefore(today, DAYS);
  const facts = JSON.stringify({ name: 'bench', waitTargetMinutes: 15, calendar: { firstZone: ZONE, changes: [] }, services: [], desks: [] });
  for (let i = 1; i <= SITES; i++) await db.query("INSERT INTO sites (name, token_hash, facts) VALUES ($1, md5($1), $2)", [`Site ${i}`, facts]);

  console.log(`generating ${SITES} sites × ${DAYS} days × ${PER_DAY} visits = ${(SITES * DAYS * PER_DAY / 1e6).toFixed(1)} M visits (+30 % survey responses) …`);
  let started = performance.now();
  for (let site = 1; site <= SITES; site++) {
    for (let from = 0; from < DAYS; from += 31) {
      const days = Math.min(31, DAYS - from);
      await db.query(`INSERT INTO site_visits (site_id, id, seq, service_id, desk_id, state, issued_at, day, first_called_at, ended_at) ${visitRows(String(site), daysBefore(firstDay, -from), days, String(from * PER_DAY))}`);
    }
    await db.query(
      `INSERT INTO site_responses (site_id, id, seq, submitted_at, day, ticket_id, source, q1, q2, q3, q4, q5)
       SELECT site_id, id, seq, ended_at + 60000, day, id, CASE WHEN id % 5 = 0 THEN 'paper' ELSE 'kiosk' END,
              ${[1, 2, 3, 4, 5].map((q) => `CASE WHEN random() < 0.08 THEN NULL ELSE 1 + least(4, floor(random() * 5 + ${q % 2}))::int END`).join(', ')}
       FROM site_visits WHERE site_id = $1 AND id % 10 < 3`,
      [site],
    );
  }
  const generatedMs = performance.now() - started;
  const visits = (await db.query('SELECT COUNT(*) AS n FROM site_visits')).rows[0].n as number;
  console.log(`stored ${visits} visits through the rollup triggers in ${seconds(generatedMs)} (${(visits / (generatedMs / 1000)).toFixed(0)} visits/s, responses included)`);
  started = performance.now();
  await db.query('VACUUM ANALYZE');
  console.log(`VACUUM ANALYZE ${seconds(performance.now() - started)}`);

  // The limit: COPY of the same rows into a table with no index and no trigger.
  const sample = Math.min(visits, 1_000_000);
  // The server process (its own OS user) writes and reads the file: a folder it may write in.
  const copyDir = join(dir, 'copy');
  mkdirSync(copyDir, { mode: 0o777 });
  chmodSync(copyDir, 0o777);
  const file = join(copyDir, 'visits.copy');
  await db.query(`COPY (SELECT site_id, id, seq, service_id, desk_id, state, issued_at, day, first_called_at, ended_at FROM site_visits LIMIT ${sample}) TO '${file}'`);
  await db.query('CREATE TABLE copy_probe (LIKE site_visits INCLUDING DEFAULTS)');
  started = performance.now();
  await db.query(`COPY copy_probe (site_id, id, seq, service_id, desk_id, state, issued_at, day, first_called_at, ended_at) FROM '${file}'`);
  const copyRate = sample / ((performance.now() - started) / 1000);
  console.log(`\nCOPY into an unindexed, trigger-less table (the limit)  ${copyRate.toFixed(0).padStart(8)} visits/s`);

  // Ingest: PUSHERS sites at once, each PUSH_BATCHES batches of new visits, each batch one transaction.
  const pushOne = async (site: number, batch: number) => {
    const base = 10_000_000_000 + batch * CENTRAL_BATCH_ROWS;
    const ids = Array.from({ length: CENTRAL_BATCH_ROWS }, (_, i) => base + i);
    const issued = ids.map((_, i) => Date.now() - 3_600_000 + i * 1000);
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO site_visits (site_id, id, seq, service_id, desk_id, state, issued_at, day, first_called_at, ended_at)
         SELECT $1, * FROM unnest($2::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[], $6::bigint[], $7::date[], $8::bigint[], $9::bigint[])
         ON CONFLICT (site_id, id) DO UPDATE SET seq = excluded.seq, state = excluded.state, first_called_at = excluded.first_called_at, ended_at = excluded.ended_at
         WHERE excluded.seq > site_visits.seq`,
        [site, ids, ids.map(() => 1), ids.map(() => 1), ids.map(() => 'finished'), issued, ids.map(() => today), issued.map((t, i) => t + (i % 900) * 1000), issued.map((t) => t + 1_200_000)],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  started = performance.now();
  await Promise.all(Array.from({ length: PUSHERS }, async (_, p) => {
    for (let b = 0; b < PUSH_BATCHES; b++) await pushOne(p + 1, b);
  }));
  const pushed = PUSHERS * PUSH_BATCHES * CENTRAL_BATCH_ROWS;
  const ingestRate = pushed / ((performance.now() - started) / 1000);
  console.log(`ingest, ${PUSHERS} sites pushing ${CENTRAL_BATCH_ROWS}-row batches at once   ${ingestRate.toFixed(0).padStart(8)} visits/s (${(ingestRate / copyRate).toFixed(2)}× the COPY limit)`);

  // The all-sites summary over the last year of history (or all of it when shorter).
  const year = { from: daysBefore(today, Math.min(DAYS, 365)), to: daysBefore(today, 1) };
  const runs: number[] = [];
  for (let i = 0; i < 6; i++) {
    started = performance.now();
    const result = await centralSummary(db, year, Date.now());
    runs.push(performance.now() - started);
    if (i === 0) console.log(`\nsummary ${year.from} … ${year.to}, ${result.sites.length} sites, ${result.total.ticketsIssued} visits: median wait ${result.total.wait.medianSeconds} s, p90 ${result.total.wait.p90Seconds} s`);
  }
  const warm = runs.slice(1);
  const show = (ms: number) => `${ms.toFixed(0).padStart(5)} ms (${(ms / GOAL_MS).toFixed(2)}× goal)`;
  console.log(`all-sites summary over a year   first ${show(runs[0]!)}   warm p50 ${show(percentile(warm, 50)!)}   warm max ${percentile(warm, 100)!.toFixed(0)} ms`);
} finally {
  await db.end();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
