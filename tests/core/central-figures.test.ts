// The central figures equal each site's own: two hubs' SQLite files filled by the hub's own demo history (a clock
// change inside it) plus edge cases — a fractional target, a wait exactly at it, skipped answers, tickets still
// waiting, a site in another zone — copied into a real PostgreSQL through the rollup triggers (inserted, then
// updated, a third site deleted as a resync would), and every figure of summary, by-day and by-hour compared.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext, type HubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { seedDemoIfEmpty } from '../../main/demoData.ts';
import { seedDemoHistory } from '../../main/demo/seedHistory.ts';
import { readSettings } from '../../main/settings.ts';
import { summary } from '../../main/reports/summary.ts';
import { byDay, byHour } from '../../main/reports/byTime.ts';
import { centralSummary, centralByDay, centralByHour, centralSummaryCsv } from '../../main/central/reports/index.ts';
import { CentralByDay, CentralByHour, CentralSummary } from '../../common/schemas/central.ts';
import { percentile } from '../../common/stats/percentile.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { testPostgres } from '../helpers/postgres.ts';
import type { SummaryQuery } from '../../common/schemas/reports.ts';
import type { CentralDb } from '../../main/central/db/centralDb.ts';

const NOW = Date.parse('2026-11-18T14:30:00Z');
const pg = testPostgres();

interface Hub {
  ctx: HubContext;
  dir: string;
  siteId: number;
}

function hub(timeZone: string, waitTargetMinutes: number, days: number): { ctx: HubContext; dir: string } {
  const dir = makeDataDir({ timeZone, waitTargetMinutes });
  const ctx = createHubContext(openDatabase(dir), virtualTicketPrinter(), () => NOW);
  seedDemoIfEmpty(ctx);
  seedDemoHistory(ctx, days);
  return { ctx, dir };
}

/** The edge cases, written as the hub stores them: a wait exactly at the target and one ms past it, tickets still
 *  waiting (one past the target), one closed unserved, and responses with skipped answers. */
function addEdgeCases(ctx: HubContext): void {
  const target = readSettings(ctx.db).waitTargetMinutes * 60_000;
  const day = ctx.calendar().dayOf(NOW);
  const service = ctx.db.prepare('SELECT id FROM services ORDER BY id LIMIT 1').pluck().get() as number;
  const insert = ctx.db.prepare(
    `INSERT INTO tickets (issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at, first_called_at, ended_at, print_status)
     VALUES (?, ?, ?, ?, ?, 'sv', ?, ?, ?, ?, ?, 'virtual')`,
  );
  const at = NOW - 3 * 3_600_000;
  const rows: [string, number, number | null, number | null][] = [
    ['finished', at, at + target, at + target + 300_000],
    ['finished', at + 1, at + 1 + target + 1, at + target + 400_000],
    ['waiting', NOW - target - 60_000, null, null],
    ['waiting', NOW - 60_000, null, null],
    ['not-served', at - 3_600_000, null, at + 3_600_000],
  ];
  rows.forEach(([state, issued, called, ended], i) => insert.run(service, service, day, 900 + i, `Z${900 + i}`, state, issued, issued, called, ended));
  const response = ctx.db.prepare('INSERT INTO survey_responses (submitted_at, ticket_id, q1, q2, q3, q4, q5, source) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)');
  response.run(at, null, null, null, null, null, 'kiosk');
  response.run(at + 1, 5, null, 1, null, 3, 'paper');
}

async function createSite(db: CentralDb, ctx: HubContext, name: string): Promise<number> {
  const settings = readSettings(ctx.db);
  const changes = ctx.db.prepare('SELECT from_ms AS fromMs, time_zone AS timeZone FROM time_zone_changes').all();
  const facts = { name, waitTargetMinutes: settings.waitTargetMinutes, calendar: { firstZone: settings.timeZone, changes }, services: [], desks: [] };
  const row = await db.query<{ id: number }>("INSERT INTO sites (name, token_hash, facts, last_sync_at) VALUES ($1, md5($1), $2, now()) RETURNING id", [name, JSON.stringify(facts)]);
  return row.rows[0]!.id;
}

interface TicketRow {
  id: number;
  issued_service_id: number;
  desk_id: number | null;
  state: string;
  issued_at: number;
  first_called_at: number | null;
  ended_at: number | null;
}

/** The hub's rows into site_visits and site_responses as a push upserts them (multi-row INSERT … unnest). */
async function copyRows(db: CentralDb, ctx: HubContext, siteId: number, override: (t: TicketRow) => TicketRow = (t) => t): Promise<void> {
  const calendar = ctx.calendar();
  const tickets = (ctx.db.prepare('SELECT id, issued_service_id, desk_id, state, issued_at, first_called_at, ended_at FROM tickets').all() as TicketRow[]).map(override);
  for (let i = 0; i < tickets.length; i += 2000) {
    const batch = tickets.slice(i, i + 2000);
    await db.query(
      `INSERT INTO site_visits (site_id, id, seq, service_id, desk_id, state, issued_at, day, first_called_at, ended_at)
       SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::int[], $5::int[], $6::text[], $7::bigint[], $8::date[], $9::bigint[], $10::bigint[])
       ON CONFLICT (site_id, id) DO UPDATE SET state = excluded.state, issued_at = excluded.issued_at, day = excluded.day,
         first_called_at = excluded.first_called_at, ended_at = excluded.ended_at`,
      [siteId, batch.map((t) => t.id), batch.map((t) => t.id), batch.map((t) => t.issued_service_id), batch.map((t) => t.desk_id), batch.map((t) => t.state),
        batch.map((t) => t.issued_at), batch.map((t) => calendar.dayOf(t.issued_at)), batch.map((t) => t.first_called_at), batch.map((t) => t.ended_at)],
    );
  }
  const responses = ctx.db.prepare('SELECT id, submitted_at, ticket_id, source, q1, q2, q3, q4, q5 FROM survey_responses').all() as Record<string, number | string | null>[];
  const col = (k: string) => responses.map((r) => r[k]);
  await db.query(
    `INSERT INTO site_responses (site_id, id, seq, submitted_at, day, ticket_id, source, q1, q2, q3, q4, q5)
     SELECT $1, * FROM unnest($2::bigint[], $2::bigint[], $3::bigint[], $4::date[], $5::bigint[], $6::text[], $7::smallint[], $8::smallint[], $9::smallint[], $10::smallint[], $11::smallint[])
     ON CONFLICT (site_id, id) DO UPDATE SET q1 = excluded.q1, q2 = excluded.q2, q3 = excluded.q3, q4 = excluded.q4, q5 = excluded.q5`,
    [siteId, col('id'), col('submitted_at'), responses.map((r) => calendar.dayOf(r.submitted_at as number)), col('ticket_id'), col('source'), col('q1'), col('q2'), col('q3'), col('q4'), col('q5')],
  );
}

describe('the central figures on PostgreSQL equal each site’s own report', () => {
  const hubs: Hub[] = [];
  before(async () => {
    const stockholm = hub('Europe/Stockholm', 7.5, 45);
    const newYork = hub('America/New_York', 10, 30);
    const resynced = hub('Europe/London', 15, 5);
    for (const h of [stockholm, newYork]) addEdgeCases(h.ctx);
    const ids = [await createSite(pg.db, stockholm.ctx, 'Stockholm'), await createSite(pg.db, newYork.ctx, 'New York')];
    const gone = await createSite(pg.db, resynced.ctx, 'Resynced');
    // First as an older state (every ticket still waiting), then upserted to its real one: the update trigger.
    for (const [h, id] of [[stockholm, ids[0]!], [newYork, ids[1]!]] as const) {
      await copyRows(pg.db, h.ctx, id, (t) => ({ ...t, state: 'waiting', first_called_at: null, ended_at: null }));
      await copyRows(pg.db, h.ctx, id);
      hubs.push({ ...h, siteId: id });
    }
    // A site whose rows are all deleted again (a resync), then removed: its rollups must go to nothing with them.
    await copyRows(pg.db, resynced.ctx, gone);
    await pg.db.query('DELETE FROM site_visits WHERE site_id = $1', [gone]);
    await pg.db.query('DELETE FROM site_responses WHERE site_id = $1', [gone]);
    const left = await pg.db.query("SELECT (SELECT COALESCE(SUM(issued), 0) FROM visit_days WHERE site_id = $1) + (SELECT COALESCE(SUM(n), 0) FROM wait_days WHERE site_id = $1) + (SELECT COALESCE(SUM(n), 0) FROM wait_months WHERE site_id = $1) + (SELECT COALESCE(SUM(responses), 0) FROM response_days WHERE site_id = $1) AS n", [gone]);
    assert.equal(left.rows[0].n, 0, 'the deleted rows left nothing behind in the rollups');
    for (const table of ['visit_days', 'wait_days', 'wait_months', 'response_days']) await pg.db.query(`DELETE FROM ${table} WHERE site_id = $1`, [gone]);
    await pg.db.query('DELETE FROM sites WHERE id = $1', [gone]);
    resynced.ctx.db.close();
    removeDataDir(resynced.dir);
    return () => {};
  });

  const queries: [string, SummaryQuery][] = [
    ['the whole history, months and days', { from: '2026-10-01', to: '2026-11-18' }],
    ['today, tickets still waiting', {}],
    ['the days around the clocks going back in Stockholm (a closed Sunday, then a Monday)', { from: '2026-10-25', to: '2026-10-26' }],
    ['a period given as timestamps (raw edges)', { from: '2026-09-30T13:17:00Z', to: '2026-11-18T13:00:00.500Z' }],
  ];

  for (const [what, query] of queries) {
    test(`summary, by-day and by-hour: ${what}`, async () => {
      const central = CentralSummary.parse(await centralSummary(pg.db, query, NOW));
      const days = CentralByDay.parse(await centralByDay(pg.db, query, NOW));
      const hours = CentralByHour.parse(await centralByHour(pg.db, query, NOW));
      for (const h of hubs) {
        const { siteId, name, lastSyncAt, ...figures } = central.sites.find((s) => s.siteId === h.siteId)!;
        assert.ok(name && lastSyncAt);
        assert.deepEqual(figures, summary(h.ctx, query), `${name}: summary`);
        const { siteId: _d, name: _n, ...ownDays } = days.sites.find((s) => s.siteId === siteId)!;
        assert.deepEqual(ownDays, byDay(h.ctx, query), `${name}: by day`);
        const { siteId: _h, name: _m, ...ownHours } = hours.sites.find((s) => s.siteId === siteId)!;
        assert.deepEqual(ownHours, byHour(h.ctx, query), `${name}: by hour`);
      }
      // The total: counts summed, each ticket judged by its own site's target, percentiles over every site's waits.
      const own = hubs.map((h) => summary(h.ctx, query));
      const sum = (pick: (s: (typeof own)[number]) => number) => own.reduce((t, s) => t + pick(s), 0);
      assert.ok(central.total.ticketsIssued > 0, 'the period has tickets to compare');
      assert.equal(central.total.ticketsIssued, sum((s) => s.ticketsIssued));
      assert.equal(central.total.served, sum((s) => s.served));
      assert.equal(central.total.wait.overTarget, sum((s) => s.wait.overTarget));
      assert.equal(central.total.survey.responses, sum((s) => s.survey.responses));
      assert.equal(central.total.wait.targetMinutes, null, 'the sites’ targets differ');
      const waits = hubs.flatMap((h, i) => {
        const from = Date.parse(own[i]!.from);
        const to = Date.parse(own[i]!.to);
        return h.ctx.db.prepare('SELECT first_called_at - issued_at FROM tickets WHERE first_called_at IS NOT NULL AND issued_at >= ? AND issued_at < ?').pluck().all(from, to) as number[];
      });
      assert.equal(central.total.wait.medianSeconds, waits.length ? percentile(waits, 50)! / 1000 : null);
      assert.equal(central.total.wait.p90Seconds, waits.length ? percentile(waits, 90)! / 1000 : null);
    });
  }

  test('the edge cases are in the figures: a wait exactly at the fractional target is within it, skipped answers count nowhere', async () => {
    const today = await centralSummary(pg.db, {}, NOW);
    const stockholm = today.sites.find((s) => s.name === 'Stockholm')!;
    assert.equal(stockholm.wait.targetMinutes, 7.5);
    assert.ok(stockholm.wait.overTarget >= 2, 'the wait one ms past the target and the ticket waiting past it');
    assert.equal(stockholm.survey.bySource.paper.meanByQuestion[1], null);
    const csv = await centralSummaryCsv(pg.db, {}, NOW);
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 1 + hubs.length + 1, 'a header, a row per site, the total');
    assert.match(lines.at(-1)!, /,total,/);
  });

  test('after the rows, the rollups agree with a count from scratch', async () => {
    const differ = await pg.db.query(`
      SELECT site_id, day FROM visit_days FULL JOIN (
        SELECT site_id, day, COUNT(*) AS issued, COUNT(first_called_at) AS called FROM site_visits GROUP BY 1, 2
      ) raw USING (site_id, day) WHERE visit_days.issued IS DISTINCT FROM raw.issued OR visit_days.called IS DISTINCT FROM raw.called`);
    assert.deepEqual(differ.rows, []);
    for (const h of hubs) {
      h.ctx.db.close();
      removeDataDir(h.dir);
    }
  });
});
