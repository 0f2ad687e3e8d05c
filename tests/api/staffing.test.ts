// The staffing forecast over a history built here, visit by visit, with the core's injected clock on the hub's own
// SQLite file: ten Mondays back from next week (one of them closed), then the real hub answers and each figure of a
// few hours is recomputed by hand from the plan.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { send, signIn } from '../helpers/people.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { createService } from '../../main/catalogue/services.ts';
import { createDesk } from '../../main/catalogue/desks.ts';
import { issueTicket } from '../../main/queue/issueTicket.ts';
import { callTicket } from '../../main/queue/deskCalls.ts';
import { actAtDesk } from '../../main/queue/deskActions.ts';
import { businessDay, dayStartMs } from '../../common/time/zone.ts';
import type { Staffing } from '../../common/schemas/reports.ts';

const TIME_ZONE = 'Europe/Stockholm';
const MINUTE = 60_000;
const addDays = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
const weekday = (day: string) => ((new Date(day).getUTCDay() + 6) % 7) + 1;

const today = businessDay(Date.now(), TIME_ZONE);
/** The Monday before today, with every figure of its day known; on a Monday "next week" starts today. */
const lastMonday = addDays(today, -(((weekday(today) + 5) % 7) + 1));
const nextMonday = addDays(lastMonday, 7);
/** The Monday `weeks` weeks before next week's. */
const monday = (weeks: number) => addDays(nextMonday, -7 * weeks);
/** Local wall-clock time on a day (Mondays never change their clocks in Europe). */
const at = (day: string, hour: number, minute = 0) => dayStartMs(day, TIME_ZONE) + (hour * 60 + minute) * MINUTE;

interface PlannedVisit {
  service: 'R' | 'B';
  issued: number;
  /** Desk 1 or 2, the call time, and the minutes of service or a no-show. */
  call: { desk: 1 | 2; at: number; serviceMinutes: number | 'no-show' };
}

/** On an ordinary Monday: n reception visitors from 10:00 (ten minutes apart, or closer for more than six), each
 *  called a minute later by desk 1 and 2 in turn and served 5 and 7 minutes in turn. */
const ordinaryMonday = (day: string, n: number): PlannedVisit[] =>
  Array.from({ length: n }, (_, i) => {
    const issued = at(day, 10, (60 / Math.max(n, 6)) * i);
    return { service: 'R', issued, call: { desk: i % 2 === 0 ? 1 : 2, at: issued + MINUTE, serviceMinutes: i % 2 === 0 ? 5 : 7 } };
  });

/** Last Monday in detail: two desks, waits of 1, 25, 2, 3, 16 and 15 minutes, a no-show; two building permits at 14. */
const lastMondayVisits: PlannedVisit[] = [
  { service: 'R', issued: at(lastMonday, 10, 0), call: { desk: 1, at: at(lastMonday, 10, 1), serviceMinutes: 5 } },
  { service: 'R', issued: at(lastMonday, 10, 5), call: { desk: 1, at: at(lastMonday, 10, 30), serviceMinutes: 7 } },
  { service: 'R', issued: at(lastMonday, 10, 10), call: { desk: 2, at: at(lastMonday, 10, 12), serviceMinutes: 5 } },
  { service: 'R', issued: at(lastMonday, 10, 15), call: { desk: 2, at: at(lastMonday, 10, 18), serviceMinutes: 7 } },
  { service: 'R', issued: at(lastMonday, 10, 20), call: { desk: 2, at: at(lastMonday, 10, 36), serviceMinutes: 5 } },
  { service: 'R', issued: at(lastMonday, 10, 25), call: { desk: 1, at: at(lastMonday, 10, 40), serviceMinutes: 'no-show' } },
  { service: 'B', issued: at(lastMonday, 14, 0), call: { desk: 2, at: at(lastMonday, 14, 2), serviceMinutes: 10 } },
  { service: 'B', issued: at(lastMonday, 14, 10), call: { desk: 2, at: at(lastMonday, 14, 12), serviceMinutes: 10 } },
];

// Reception arrivals 10–11 on the Mondays 2 to 10 weeks back; week 3 the centre was closed.
const ordinaryCounts: Record<number, number> = { 2: 4, 4: 2, 5: 4, 6: 2, 7: 4, 8: 2, 9: 4, 10: 10 };
const plan: PlannedVisit[] = [...lastMondayVisits, ...Object.entries(ordinaryCounts).flatMap(([weeks, n]) => ordinaryMonday(monday(Number(weeks)), n))];

async function seed(dataDir: string): Promise<void> {
  let now = 0;
  const db = openDatabase(dataDir);
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  const services = { R: createService(ctx, { name: 'Reception', prefix: 'R' }).id, B: createService(ctx, { name: 'Bygglov', prefix: 'B' }).id };
  const desks = { 1: createDesk(ctx, { name: 'Disk 1', serviceIds: [services.R, services.B] }).id, 2: createDesk(ctx, { name: 'Disk 2', serviceIds: [services.R, services.B] }).id };
  // Every step of every visit, in time order, so each desk's visits follow one another as they would.
  const steps: { at: number; run: () => unknown }[] = [];
  for (const visit of plan) {
    let ticketId = 0;
    const desk = desks[visit.call.desk];
    steps.push({ at: visit.issued, run: async () => (ticketId = (await issueTicket(ctx, { serviceId: services[visit.service] }, 'http://hub.test')).id) });
    steps.push({ at: visit.call.at, run: () => callTicket(ctx, desk, ticketId) });
    if (visit.call.serviceMinutes === 'no-show') steps.push({ at: visit.call.at + MINUTE, run: () => actAtDesk(ctx, desk, 'no-show') });
    else {
      steps.push({ at: visit.call.at, run: () => actAtDesk(ctx, desk, 'start') });
      steps.push({ at: visit.call.at + visit.call.serviceMinutes * MINUTE, run: () => actAtDesk(ctx, desk, 'finish') });
    }
  }
  for (const step of steps.sort((a, b) => a.at - b.at)) {
    now = step.at;
    await step.run();
  }
  db.close();
}

/** The mean service time of the planned served visits issued in the 56 days before `from`, by hand. */
function meanServiceMinutes(from: string, service?: 'R' | 'B'): number {
  const served = plan.filter(
    (v) => v.issued >= at(addDays(from, -56), 0) && v.issued < at(from, 0) && typeof v.call.serviceMinutes === 'number' && (service === undefined || v.service === service),
  );
  return served.reduce((sum, v) => sum + (v.call.serviceMinutes as number), 0) / served.length;
}

/** P(W ≤ t) with one desk (M/M/1: the chance to wait is the load itself) and with two, written out. */
function shareWithinByHand(desks: 1 | 2, arrivalsPerHour: number, serviceMinutes: number, targetMinutes: number): number {
  const load = (arrivalsPerHour * serviceMinutes) / 60;
  const b1 = load / (1 + load);
  const b2 = (load * b1) / (2 + load * b1);
  const wait = desks === 1 ? load : (2 * b2) / (2 - load * (1 - b2));
  return 1 - wait * Math.exp((-(desks - load) * targetMinutes) / serviceMinutes);
}

const close = (actual: number | null | undefined, expected: number, what: string) =>
  assert.ok(actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9, `${what}: ${actual}, expected ${expected}`);

describe('staffing forecast over a known history', () => {
  let dataDir: string;
  let hub: RunningHub;

  before(async () => {
    dataDir = makeDataDir({ timeZone: TIME_ZONE, targetShare: 0.95 });
    await seed(dataDir);
    hub = await startHub({ dataDir });
  });
  after(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('next week: arrivals from the 8 most recent open Mondays, service time from 56 days, desks by Erlang C', async () => {
    const { status, body } = await hub.api<Staffing>('GET', `/api/reports/staffing?from=${nextMonday}&to=${addDays(nextMonday, 6)}`);
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.targetMinutes, 15);
    assert.equal(body.targetShare, 0.95);
    assert.deepEqual(body.days.map((d) => d.date), Array.from({ length: 7 }, (_, i) => addDays(nextMonday, i)));
    assert.ok(body.days.every((d) => d.hours.length === 24 && d.hours.every((h, i) => h.hour === i)));

    // Mondays 1, 2, 4 … 9 weeks back (week 3 closed, week 10 the ninth): 6+4+2+4+2+4+2+4 = 28 tickets at 10.
    const [mon] = body.days;
    const ten = mon!.hours[10]!;
    close(ten.expectedArrivals, 28 / 8, 'Monday 10–11 arrivals');
    const service = meanServiceMinutes(nextMonday);
    close(ten.meanServiceMinutes, service, 'mean service time');
    close(service, 157 / 25, 'the plan itself: 25 served visits, 157 minutes');
    // One desk calls about 92 % within 15 minutes, short of 95 %; two call more than 99 %.
    const one = shareWithinByHand(1, 3.5, service, 15);
    assert.ok(one > 0.9 && one < 0.95, `one desk: ${one}`);
    assert.ok(shareWithinByHand(2, 3.5, service, 15) >= 0.95);
    assert.equal(ten.desksNeeded, 2);
    close(mon!.hours[14]!.expectedArrivals, 2 / 8, 'Monday 14–15: two permits one Monday in eight');
    assert.equal(mon!.hours[14]!.desksNeeded, 1);
    assert.deepEqual(mon!.hours[9], { hour: 9, expectedArrivals: 0, meanServiceMinutes: service, desksNeeded: 0, desksOpen: null, shareWithinTarget: null });
    assert.equal(body.days[1]!.hours[10]!.expectedArrivals, 0, 'no Tuesday history, no Tuesday forecast');
    assert.ok(body.days.every((d) => d.hours.every((h) => h.desksOpen === null && h.shareWithinTarget === null)), 'nothing has happened yet next week');
  });

  test('per service: only the tickets issued for it, with its own service time', async () => {
    const { body } = await hub.api<Staffing>('GET', `/api/reports/staffing?from=${nextMonday}&to=${nextMonday}&serviceId=2`);
    const hours = body.days[0]!.hours;
    close(hours[14]!.expectedArrivals, 0.25, 'permits at 14');
    close(hours[14]!.meanServiceMinutes, 10, 'permits take 10 minutes');
    assert.equal(hours[10]!.expectedArrivals, 0);
    assert.equal(hours[14]!.desksNeeded, 1);
    assert.equal(hours[14]!.desksOpen, null);
  });

  test('last Monday: forecast from the weeks before it, against the desks that were open and the share called in time', async () => {
    // Staff plan the rota too: a staff member may read weeks back.
    const cookie = await signIn(hub, 'staff');
    const { status, body } = await send<Staffing>(hub.url, 'GET', `/api/reports/staffing?from=${lastMonday}&to=${lastMonday}`, { headers: { cookie } });
    assert.equal(status, 200, JSON.stringify(body));
    const hours = body.days[0]!.hours;
    // Before last Monday the 8 open Mondays are weeks 2, 4 … 10: 4+2+4+2+4+2+4+10 = 32.
    close(hours[10]!.expectedArrivals, 4, 'arrivals expected at 10');
    close(hours[10]!.meanServiceMinutes, meanServiceMinutes(lastMonday), 'service time of weeks 2 to 9');
    close(meanServiceMinutes(lastMonday), 6, 'the plan: 5 and 7 minutes in turn');
    assert.equal(hours[10]!.desksOpen, 2);
    // Called within 15 minutes: after 1, 2, 3 and exactly 15 minutes; not after 25 or 16.
    close(hours[10]!.shareWithinTarget, 4 / 6, 'share within target at 10');
    assert.equal(hours[11]!.desksOpen, 0);
    assert.equal(hours[11]!.shareWithinTarget, null, 'no tickets, no share');
    assert.equal(hours[14]!.desksOpen, 1);
    assert.equal(hours[14]!.shareWithinTarget, 1);
    assert.equal(hours[14]!.expectedArrivals, 0, 'the permits came after this forecast');
  });

  test('clock-change days: the skipped hour is an empty entry, the repeated one a single entry', async () => {
    const { body } = await hub.api<Staffing>('GET', '/api/reports/staffing?from=2026-03-29&to=2026-03-29');
    assert.deepEqual(body.days[0]!.hours[2], { hour: 2, expectedArrivals: null, meanServiceMinutes: null, desksNeeded: null, desksOpen: null, shareWithinTarget: null });
    const autumn = await hub.api<Staffing>('GET', '/api/reports/staffing?from=2026-10-25&to=2026-10-25');
    assert.equal(autumn.body.days[0]!.hours.length, 24);
    assert.equal(autumn.body.days[0]!.hours[2]!.hour, 2);
  });

  test('bad periods are refused with a code naming the problem', async () => {
    const cases: [string, string, RegExp][] = [
      ['from=2026-02-30&to=2026-03-01', 'invalid-input', /from: not a real day/],
      ['from=2026-12-01', 'invalid-input', /to:/],
      ['from=1.12.2026&to=2026-12-02', 'invalid-input', /YYYY-MM-DD/],
      ['from=2026-12-02&to=2026-12-01', 'period-invalid', /before "from"/],
      ['from=2026-01-01&to=2026-03-04', 'period-too-long', /at most 62 days; 2026-01-01 to 2026-03-04 is 63/],
    ];
    for (const [query, code, message] of cases) {
      const { status, body } = await hub.api('GET', `/api/reports/staffing?${query}`);
      assert.equal(status, 400, query);
      assert.equal(body.code, code, query);
      assert.match(body.error, message, query);
    }
    const longest = await hub.api<Staffing>('GET', '/api/reports/staffing?from=2026-01-01&to=2026-03-03');
    assert.equal(longest.status, 200);
    assert.equal(longest.body.days.length, 62);
    const unknown = await hub.api('GET', `/api/reports/staffing?from=${nextMonday}&to=${nextMonday}&serviceId=99`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.code, 'service-not-found');
  });
});
