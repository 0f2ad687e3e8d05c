// bench/reports: the manager's summary and by-hour report over one year of demo history (≥ 40,000 visits), and the
// staffing forecast for the last 62 days of it, cold (a fresh connection's first query) and warm, against the goal of
// 200 ms; then the same without the covering indexes of migration 004, to show what they are worth. Prints
// figures; asserts nothing.
// Run: npm run bench:reports
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../main/db/openDatabase.ts';
import { createHubContext, type HubContext } from '../main/context.ts';
import { virtualTicketPrinter } from '../main/printer/ticketPrinter.ts';
import { seedDemoIfEmpty } from '../main/demoData.ts';
import { seedDemoHistory } from '../main/demo/seedHistory.ts';
import { summary } from '../main/reports/summary.ts';
import { byHour } from '../main/reports/byTime.ts';
import { staffing } from '../main/reports/staffing.ts';
import { percentile } from '../common/stats/percentile.ts';
import { businessDay } from '../common/time/zone.ts';

const GOAL_MS = 200;
const DAYS = 365;
const WARM_ROUNDS = 30;

const dir = mkdtempSync(join(tmpdir(), 'lotsa-bench-reports-'));
const context = (): HubContext => createHubContext(openDatabase(dir), virtualTicketPrinter());

function measure(label: string, run: (ctx: HubContext) => unknown): void {
  const fresh = context();
  let start = performance.now();
  run(fresh);
  const cold = performance.now() - start;
  const warm: number[] = [];
  for (let i = 0; i < WARM_ROUNDS; i++) {
    start = performance.now();
    run(fresh);
    warm.push(performance.now() - start);
  }
  fresh.db.close();
  const p50 = percentile(warm, 50)!;
  const show = (ms: number) => `${ms.toFixed(1).padStart(6)} ms (${(ms / GOAL_MS).toFixed(2)}× goal)`;
  console.log(`${label.padEnd(40)} cold ${show(cold)}   warm p50 ${show(p50)}   warm max ${percentile(warm, 100)!.toFixed(1)} ms`);
}

try {
  const ctx = context();
  const started = performance.now();
  seedDemoIfEmpty(ctx);
  seedDemoHistory(ctx, DAYS);
  const generatedMs = performance.now() - started;
  const visits = ctx.db.prepare('SELECT COUNT(*) FROM tickets').pluck().get() as number;
  const responses = ctx.db.prepare('SELECT COUNT(*) FROM survey_responses').pluck().get() as number;
  const timeZone = ctx.settings().timeZone;
  ctx.db.close();
  console.log(`demo history: ${DAYS} days, ${visits} visits, ${responses} survey responses, generated and stored in ${(generatedMs / 1000).toFixed(2)} s`);

  const today = businessDay(Date.now(), timeZone);
  const yearAgo = new Date(Date.parse(today) - DAYS * 86_400_000).toISOString().slice(0, 10);
  const year = { from: yearAgo, to: today };
  // Two months with a year behind them: the forecast reads 8 weeks of arrivals and service times before `from`.
  const twoMonths = { from: new Date(Date.parse(today) - 61 * 86_400_000).toISOString().slice(0, 10), to: today };
  console.log(`period ${year.from} … ${year.to} (${timeZone}); goal ${GOAL_MS} ms`);
  const run = () => {
    measure('summary, one year', (c) => summary(c, year));
    measure('summary, one year, one service', (c) => summary(c, { ...year, serviceId: 4 }));
    measure('by-hour, one year', (c) => byHour(c, year));
    measure('staffing, 62 days', (c) => staffing(c, twoMonths));
  };
  console.log('\nwith the covering indexes (migration 004):');
  run();

  const db = openDatabase(dir);
  db.exec('DROP INDEX tickets_report; DROP INDEX tickets_report_by_service; DROP INDEX survey_responses_report;');
  db.close();
  console.log('\nwithout them (only the tickets(issued_at) and survey_responses(submitted_at) indexes of 001/002):');
  run();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
