// The reports over demo history, checked against figures computed here from the raw rows of the hub's own database
// (read-only, beside the running hub): medians and p90, shares within the target, survey means with skipped answers
// left out, the net score, and hours and days in the centre's time zone — across a clock change.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import type { Breakdown, ByDay, ByHour, FilteredSummary } from '../../common/schemas/reports.ts';

const TIME_ZONE = 'Europe/Stockholm';
const TARGET_MS = 15 * 60_000;

interface TicketRaw {
  id: number;
  issued_service_id: number;
  desk_id: number | null;
  state: string;
  issued_at: number;
  first_called_at: number | null;
  ended_at: number | null;
}
interface ResponseRaw {
  ticket_id: number | null;
  source: string;
  q1: number | null;
  q2: number | null;
  q3: number | null;
  q4: number | null;
  q5: number | null;
}

function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

/** The wait figures of a set of tickets, written out independently of the hub. */
function expectedWaits(tickets: TicketRaw[], nowMs: number) {
  const waits = tickets.filter((t) => t.first_called_at !== null).map((t) => (t.first_called_at! - t.issued_at) / 1000);
  const within = waits.filter((s) => s * 1000 <= TARGET_MS).length;
  const pastTarget = tickets.filter((t) => t.first_called_at === null && (t.ended_at ?? nowMs) - t.issued_at > TARGET_MS).length;
  return {
    issued: tickets.length,
    served: tickets.filter((t) => t.state === 'finished').length,
    noShows: tickets.filter((t) => t.state === 'no-show').length,
    median: nearestRank(waits, 50),
    p90: nearestRank(waits, 90),
    share: waits.length + pastTarget === 0 ? null : within / (waits.length + pastTarget),
    overTarget: waits.length - within + pastTarget,
  };
}

function expectedSurvey(responses: ResponseRaw[]) {
  const slots = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;
  const answers = responses.flatMap((r) => slots.map((q) => r[q]).filter((a): a is number => a !== null));
  const mean = (q: (typeof slots)[number], of: ResponseRaw[]) => {
    const given = of.map((r) => r[q]).filter((a): a is number => a !== null);
    return given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
  };
  const positive = answers.filter((a) => a >= 4).length;
  const negative = answers.filter((a) => a <= 2).length;
  return {
    responses: responses.length,
    means: slots.map((q) => mean(q, responses)),
    paperMeans: slots.map((q) => mean(q, responses.filter((r) => r.source === 'paper'))),
    paper: responses.filter((r) => r.source === 'paper').length,
    netScore: { positive, negative, answers: answers.length, score: answers.length === 0 ? null : (positive - negative) / answers.length },
  };
}

const close = (actual: number | null, expected: number | null, what: string) => {
  if (expected === null) assert.equal(actual, null, what);
  else assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${what}: ${actual}, expected ${expected}`);
};

const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'short' });
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

describe('reports over 70 days of demo history in Stockholm', () => {
  let dataDir: string;
  let hub: RunningHub;
  let db: Database.Database;
  let tickets: TicketRaw[];
  let responses: ResponseRaw[];
  let from: string;
  let to: string;
  let period: string;

  before(async () => {
    dataDir = makeDataDir({ timeZone: TIME_ZONE });
    hub = await startHub({ dataDir, args: ['--demo-days', '70'] });
    db = new Database(join(dataDir, 'lotsa.sqlite'), { readonly: true });
    const today = dayFormat.format(Date.now());
    from = new Date(Date.parse(today) - 69 * 86_400_000).toISOString().slice(0, 10);
    to = new Date(Date.parse(today) - 1 * 86_400_000).toISOString().slice(0, 10);
    period = `from=${from}&to=${to}`;
    // The period by the centre's own days, found here by asking Intl for each ticket's local day.
    tickets = (db.prepare('SELECT id, issued_service_id, desk_id, state, issued_at, first_called_at, ended_at FROM tickets').all() as TicketRaw[]).filter((t) => {
      const day = dayFormat.format(t.issued_at);
      return day >= from && day <= to;
    });
    const inPeriod = (ms: number) => dayFormat.format(ms) >= from && dayFormat.format(ms) <= to;
    responses = (db.prepare('SELECT submitted_at, ticket_id, source, q1, q2, q3, q4, q5 FROM survey_responses').all() as (ResponseRaw & { submitted_at: number })[]).filter((r) =>
      inPeriod(r.submitted_at),
    );
  });
  after(async () => {
    db?.close();
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('the demo filled the new database with plausible history', () => {
    assert.ok(tickets.length > 5_000, `${tickets.length} visits in ${period}`);
    assert.ok(responses.length > 500);
  });

  test('summary: counts, median, p90, share within and over the target, survey means, per source and net score', async () => {
    const { status, body } = await hub.api<FilteredSummary>('GET', `/api/reports/summary?${period}`);
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(hourFormat.format(Date.parse(body.from)), '00', 'the period starts at local midnight');
    const w = expectedWaits(tickets, Date.now());
    assert.equal(body.ticketsIssued, w.issued);
    assert.equal(body.served, w.served);
    assert.equal(body.noShows, w.noShows);
    assert.equal(body.wait.medianSeconds, w.median);
    assert.equal(body.wait.p90Seconds, w.p90);
    close(body.wait.shareWithinTarget, w.share, 'share within target');
    assert.equal(body.wait.overTarget, w.overTarget);
    assert.ok(w.overTarget > 0, 'some visitors waited past the target');

    const s = expectedSurvey(responses);
    assert.equal(body.survey.responses, s.responses);
    s.means.forEach((m, i) => close(body.survey.meanByQuestion[i]!, m, `mean of question ${i + 1}`));
    assert.equal(body.survey.bySource.paper.responses, s.paper);
    assert.equal(body.survey.bySource.kiosk.responses, s.responses - s.paper);
    s.paperMeans.forEach((m, i) => close(body.survey.bySource.paper.meanByQuestion[i]!, m, `paper mean ${i + 1}`));
    assert.equal(body.survey.netScore.positive, s.netScore.positive);
    assert.equal(body.survey.netScore.negative, s.netScore.negative);
    assert.equal(body.survey.netScore.answers, s.netScore.answers);
    assert.equal(body.survey.netScore.responses, s.responses);
    close(body.survey.netScore.score, s.netScore.score, 'net score');
  });

  test('summary narrowed to a service or a desk, with only the responses linked to its tickets', async () => {
    const serviceId = 4;
    const mine = tickets.filter((t) => t.issued_service_id === serviceId);
    const { body } = await hub.api<FilteredSummary>('GET', `/api/reports/summary?${period}&serviceId=${serviceId}`);
    const w = expectedWaits(mine, Date.now());
    assert.equal(body.ticketsIssued, w.issued);
    assert.equal(body.wait.medianSeconds, w.median);
    close(body.wait.shareWithinTarget, w.share, 'service share');
    const ids = new Set(mine.map((t) => t.id));
    const linked = expectedSurvey(responses.filter((r) => r.ticket_id !== null && ids.has(r.ticket_id)));
    assert.equal(body.survey.responses, linked.responses);
    close(body.survey.netScore.score, linked.netScore.score, 'service net score');

    const desk = await hub.api<FilteredSummary>('GET', `/api/reports/summary?${period}&deskId=2`);
    assert.equal(desk.body.ticketsIssued, tickets.filter((t) => t.desk_id === 2).length);
  });

  test('by-hour: arrivals, median wait and share per local hour and per weekday × hour', async () => {
    const { status, body } = await hub.api<ByHour>('GET', `/api/reports/by-hour?${period}`);
    assert.equal(status, 200);
    assert.equal(body.timeZone, TIME_ZONE);
    assert.equal(body.hours.length, 24);
    const now = Date.now();
    for (const hour of body.hours) {
      const w = expectedWaits(tickets.filter((t) => Number(hourFormat.format(t.issued_at)) === hour.hour), now);
      assert.equal(hour.issued, w.issued, `arrivals ${hour.hour}:00`);
      assert.equal(hour.medianWaitSeconds, w.median, `median ${hour.hour}:00`);
      close(hour.shareWithinTarget, w.share, `share ${hour.hour}:00`);
    }
    assert.equal(body.hours.slice(0, 8).reduce((n, h) => n + h.issued, 0), 0, 'nobody before opening at 08 local time, winter or summer');
    const expectedCells = new Map<string, TicketRaw[]>();
    for (const t of tickets) {
      const key = `${WEEKDAYS.indexOf(weekdayFormat.format(t.issued_at)) + 1}/${Number(hourFormat.format(t.issued_at))}`;
      expectedCells.set(key, [...(expectedCells.get(key) ?? []), t]);
    }
    assert.equal(body.cells.length, expectedCells.size);
    for (const cell of body.cells) {
      const w = expectedWaits(expectedCells.get(`${cell.weekday}/${cell.hour}`) ?? [], now);
      assert.equal(cell.issued, w.issued, `weekday ${cell.weekday} ${cell.hour}:00`);
      assert.equal(cell.p90WaitSeconds, w.p90);
    }
    const at = (weekday: number, hour: number) => body.cells.find((c) => c.weekday === weekday && c.hour === hour)?.issued ?? 0;
    assert.ok(at(1, 9) + at(1, 10) > 2 * (at(5, 14) + at(5, 15)), 'Monday mornings are busier than Friday afternoons');
  });

  test('by-day: one row per local working day with its share within the target', async () => {
    const { body } = await hub.api<ByDay>('GET', `/api/reports/by-day?${period}`);
    const days = [...new Set(tickets.map((t) => dayFormat.format(t.issued_at)))].sort();
    assert.deepEqual(body.days.map((d) => d.day), days);
    for (const day of body.days) {
      const w = expectedWaits(tickets.filter((t) => dayFormat.format(t.issued_at) === day.day), Date.now());
      assert.equal(day.issued, w.issued);
      close(day.shareWithinTarget, w.share, day.day);
    }
  });

  test('breakdown per service and desk: issued, transfers and median service time from the visits', async () => {
    const { status, body } = await hub.api<Breakdown>('GET', `/api/reports/breakdown?${period}`);
    assert.equal(status, 200);
    const ids = new Set(tickets.map((t) => t.id));
    const visits = (db.prepare('SELECT ticket_id, service_id, desk_id, outcome, started_at, ended_at FROM visits').all() as {
      ticket_id: number;
      service_id: number;
      desk_id: number;
      outcome: string;
      started_at: number | null;
      ended_at: number;
    }[]).filter((v) => ids.has(v.ticket_id));
    for (const service of body.services) {
      const mine = visits.filter((v) => v.service_id === service.serviceId);
      assert.equal(service.issued, tickets.filter((t) => t.issued_service_id === service.serviceId).length, service.name);
      assert.equal(service.transfers, mine.filter((v) => v.outcome === 'transferred').length);
      const serviceTimes = mine.filter((v) => v.outcome === 'finished' && v.started_at !== null).map((v) => (v.ended_at - v.started_at!) / 1000);
      assert.equal(service.medianServiceSeconds, nearestRank(serviceTimes, 50), `${service.name} service time`);
    }
    assert.ok(body.services[0]!.transfers > 0, 'the reception transfers some visitors');
    for (const desk of body.desks) {
      const w = expectedWaits(tickets.filter((t) => t.desk_id === desk.deskId), Date.now());
      assert.equal(desk.issued, w.issued);
      assert.equal(desk.noShows, w.noShows);
      assert.equal(desk.medianWaitSeconds, w.median);
    }
  });

  test('visits.csv: a BOM, one row per visit, the service names intact', async () => {
    const response = await hub.fetch(`/api/reports/visits.csv?${period}`, { headers: { authorization: `Bearer ${hub.token}` } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
    assert.match(response.headers.get('content-disposition')!, /attachment; filename="visits.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
    assert.equal(lines[0], 'number,day,service,served_by_service,desk,state,language,issued_at,first_called_at,ended_at,wait_seconds,transfers,service_seconds');
    assert.equal(lines.length - 1, tickets.length);
    assert.ok(lines.some((l) => l.includes('"Bygga, bo, miljö och tillstånd"')), 'a name with a comma is quoted, åäö intact');
    const unauthorised = await hub.fetch(`/api/reports/visits.csv?${period}`);
    assert.equal(unauthorised.status, 401);
  });
});
