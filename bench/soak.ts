// bench/soak: a year of a centre, through the hub's own code in-process with the injected clock (no HTTP: a year of
// round trips would take hours and measure the network, not what grows). Every open day visitors take tickets, desks
// call and finish them, and the daily jobs are asked every 5 simulated minutes, day and night, as the hub's timer
// asks them. Prints every simulated month the process's RSS, the database, WAL and event-log size and the backups
// kept, then checks the year: RSS flat after month one (±10%) and the nightly jobs run exactly once on every local
// date, across both daylight-saving changes (Europe/Stockholm). Exits 1 when a check fails.
// Run: npm run bench:soak (SOAK_DAYS, default 365; SOAK_VISITS a day, default 100; SOAK_DESKS, default 12)
// 100 a day, not a large centre's 3,000: a visit costs ~3–10 ms of CPU here (ticket document, ESC/POS with its QR code,
// three commits), so 3,000 a day (1.1 million visits) takes one to three hours. What a year does to memory, WAL,
// backups and the nightly schedule shows at 100; database and event-log sizes grow in proportion to the visits.
// SOAK_VISITS=3000 runs the full centre.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../main/db/openDatabase.ts';
import { createHubContext } from '../main/context.ts';
import { virtualTicketPrinter } from '../main/printer/ticketPrinter.ts';
import { writeSetting } from '../main/settings.ts';
import { createService } from '../main/catalogue/services.ts';
import { createDesk } from '../main/catalogue/desks.ts';
import { issueTicket } from '../main/queue/issueTicket.ts';
import { callNext } from '../main/queue/deskCalls.ts';
import { actAtDesk } from '../main/queue/deskActions.ts';
import { dailyJobs } from '../main/dailyJobs.ts';
import { backupTimeOf } from '../main/backup/backupFiles.ts';
import { businessDay, dayStartMs } from '../common/time/zone.ts';

const DAYS = Number(process.env.SOAK_DAYS ?? 365);
const VISITS = Number(process.env.SOAK_VISITS ?? 100);
const DESKS = Number(process.env.SOAK_DESKS ?? 12);
const TIME_ZONE = 'Europe/Stockholm';
/** 03:00 local on 1 January 2026: the start-up run counts for that day, so every date should see exactly one. */
const START_MS = Date.parse('2026-01-01T02:00:00Z');
const STEP_MS = 5 * 60_000;
const OPEN_FROM_MS = 8 * 3600_000;
const OPEN_FOR_MS = 10 * 3600_000;
const MB = 1024 * 1024;
// A full collection before each reading, so what is measured is what the hub keeps, not garbage V8 has not yet swept.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const dir = mkdtempSync(join(tmpdir(), 'lotsa-soak-'));
const backupFolder = join(dir, 'backups');
let now = START_MS;
let failed = false;
try {
  const db = openDatabase(join(dir, 'hub'));
  // What grows is the same with or without an fsync per commit; with one, the disk's commit rate (bench:load) would
  // make a year take days. The hub itself always commits durably.
  db.pragma('synchronous = OFF');
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  writeSetting(db, 'timeZone', TIME_ZONE);
  writeSetting(db, 'backupFolder', backupFolder);
  const services = ['Pass', 'Bygglov', 'Försörjningsstöd'].map((name, i) => createService(ctx, { name, prefix: 'ABC'[i]! }).id);
  const desks = Array.from({ length: DESKS }, (_, n) => createDesk(ctx, { name: `Desk ${n + 1}`, serviceIds: services }).id);
  const runsOn = new Map<string, number>();
  const jobs = dailyJobs(ctx, (line) => {
    if (line.startsWith('backup written')) runsOn.set(businessDay(now, TIME_ZONE), (runsOn.get(businessDay(now, TIME_ZONE)) ?? 0) + 1);
    else console.log(`  ${line}`);
  });

  const file = (name: string) => {
    try {
      return statSync(join(dir, 'hub', name)).size / MB;
    } catch {
      return 0;
    }
  };
  const rssByMonth: number[] = [];
  const report = (label: string, visits: number) => {
    const events = db.prepare('SELECT COUNT(*) AS count, COALESCE(SUM(LENGTH(body)), 0) AS bytes, MIN(at) AS oldest FROM events').get() as { count: number; bytes: number; oldest: number | null };
    collectGarbage();
    const memory = process.memoryUsage();
    const rss = memory.rss / MB;
    rssByMonth.push(rss);
    const oldestDays = events.oldest === null ? 0 : (now - events.oldest) / 86_400_000;
    const backups = readdirSync(backupFolder).filter((name) => backupTimeOf(name) !== null).length;
    console.log(
      `${label.padEnd(8)} ${String(visits).padStart(8)} visits  RSS ${rss.toFixed(0).padStart(4)} MB  heap ${(memory.heapUsed / MB).toFixed(0).padStart(4)} MB  db ${file('lotsa.sqlite').toFixed(1).padStart(7)} MB  ` +
        `WAL ${file('lotsa.sqlite-wal').toFixed(1).padStart(5)} MB  events ${String(events.count).padStart(8)} (${(events.bytes / MB).toFixed(1)} MB, oldest ${oldestDays.toFixed(0)} d)  backups ${backups}`,
    );
  };

  console.log(`soak: ${DAYS} days of ${VISITS} visits a day at ${DESKS} desks, ${TIME_ZONE}, nightly backups (keep ${ctx.settings().backupKeep}) in ${dir}`);
  const began = performance.now();
  let visits = 0;
  const visitGapMs = OPEN_FOR_MS / VISITS;
  for (let d = 0; d < DAYS; d++) {
    const day = businessDay(now, TIME_ZONE);
    const opens = dayStartMs(day, TIME_ZONE) + OPEN_FROM_MS;
    const nextDay = dayStartMs(businessDay(dayStartMs(day, TIME_ZONE) + 36 * 3600_000, TIME_ZONE), TIME_ZONE);
    let served = 0;
    // Through the day in the hub's 5-minute checks; visitors come evenly while the centre is open, each served at
    // once at the next desk (a waiting queue of a few keeps every desk busy).
    for (let step = now; step < nextDay; step += STEP_MS) {
      now = step;
      jobs.check();
      await jobs.idle();
      while (served < VISITS && opens + served * visitGapMs < step + STEP_MS) {
        now = Math.max(step, opens + served * visitGapMs);
        await issueTicket(ctx, { serviceId: services[served % services.length]! }, 'http://hub.test');
        const desk = desks[served % desks.length]!;
        if (callNext(ctx, desk)) actAtDesk(ctx, desk, 'finish');
        served++;
      }
    }
    visits += served;
    now = nextDay;
    if (businessDay(now, TIME_ZONE).slice(0, 7) !== day.slice(0, 7) || d === DAYS - 1) report(day.slice(0, 7), visits);
  }
  const seconds = (performance.now() - began) / 1000;
  console.log(`${visits} visits in ${seconds.toFixed(0)} s (${(visits / seconds).toFixed(0)} visits/s of the hub's own code)`);

  const afterFirst = rssByMonth.slice(1);
  if (afterFirst.length > 1) {
    const [low, high] = [Math.min(...afterFirst), Math.max(...afterFirst)];
    const flat = high <= afterFirst[0]! * 1.1 && low >= afterFirst[0]! * 0.9;
    console.log(`RSS after month one: ${low.toFixed(0)}–${high.toFixed(0)} MB against ${afterFirst[0]!.toFixed(0)} MB at its end: ${flat ? 'flat (±10%)' : 'NOT flat'}`);
    failed ||= !flat;
  }
  const dates = [...runsOn.keys()];
  const twice = dates.filter((date) => runsOn.get(date) !== 1);
  const missing = DAYS - dates.length;
  console.log(`nightly jobs: ${dates.length} dates with a run, ${twice.length} with more than one, ${missing} without (${DAYS} days, DST changes 29 March and 25 October)`);
  failed ||= twice.length > 0 || missing !== 0;
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
