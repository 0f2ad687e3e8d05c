// The HTTP contract as an integrator meets it: shapes and status codes of every route, the desk cycle, transfers,
// multi-service desks, the survey, the manager's summary checked against figures computed here, and the OpenAPI list.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, callNext, getTicket, takeTicket } from '../helpers/centre.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { apiRoutes } from '../../main/api/routes/index.ts';
import { createAuthGuards } from '../../main/auth/guards.ts';
import type { HubContext } from '../../main/context.ts';
import type { Ticket, TicketView, QueueSnapshot } from '../../common/schemas/tickets.ts';
import type { Summary } from '../../common/schemas/reports.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (iso: string) => Date.parse(iso);
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Nearest-rank percentile, written out here independently of the hub's implementation. */
function nearestRank(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1]!;
}

describe('contract', () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
  });
  after(async () => {
    await hub?.stop();
  });

  test('GET /api/health reports status, database and the virtual printer', async () => {
    const { status, body } = await hub.api('GET', '/api/health');
    assert.equal(status, 200);
    assert.deepEqual(body, { status: 'ok', db: 'ok', printer: { state: 'virtual' }, central: { state: 'off', lastSyncAt: null, pending: 0 } });
  });

  test('services and desks: POST answers 201 with an id, GET lists them as created', async () => {
    const before = await hub.api('GET', '/api/services');
    assert.equal(before.status, 200);
    assert.deepEqual(before.body, []);
    const housing = await addService(hub, 'Housing benefit', 'A');
    const tax = await addService(hub, 'Council tax', 'CT');
    assert.ok(Number.isInteger(housing.id) && housing.id > 0);
    assert.deepEqual(housing, { id: housing.id, name: 'Housing benefit', names: {}, prefix: 'A' });
    assert.notEqual(housing.id, tax.id);
    assert.deepEqual((await hub.api('GET', '/api/services')).body, [housing, tax]);

    const one = await addDesk(hub, 'Desk 1', [housing.id]);
    const two = await addDesk(hub, 'Desk 2', [tax.id, housing.id]);
    assert.deepEqual(one, { id: one.id, name: 'Desk 1', names: {}, serviceIds: [housing.id], privateRoom: false });
    assert.deepEqual(two.serviceIds, [tax.id, housing.id], 'a desk keeps its services in the order given');
    const desks = await hub.api('GET', '/api/desks');
    assert.equal(desks.status, 200);
    assert.deepEqual(desks.body, [one, two]);
  });

  test('POST /api/tickets issues A001 with its place in line; GET /api/tickets/:id and /api/queue show it', async () => {
    const [housing] = (await hub.api('GET', '/api/services')).body as { id: number }[];
    const before = Date.now();
    const response = await hub.api<Ticket>('POST', '/api/tickets', { serviceId: housing!.id });
    assert.equal(response.status, 201);
    const first = response.body;
    assert.equal(first.number, 'A001');
    assert.equal(first.serviceId, housing!.id);
    assert.equal(first.state, 'waiting');
    assert.equal(first.ahead, 0);
    assert.equal(first.estimatedWaitMinutes, 0);
    assert.deepEqual(first.print, { status: 'virtual' });
    assert.match(first.issuedAt, ISO);
    assert.ok(ms(first.issuedAt) >= before - 1000 && ms(first.issuedAt) <= Date.now() + 1000, 'issuedAt is now');
    assert.ok(Number.isInteger(first.id) && first.id > 0);

    const second = await takeTicket(hub, housing!.id);
    assert.equal(second.number, 'A002');
    assert.equal(second.ahead, 1);
    assert.ok(second.estimatedWaitMinutes >= 1, 'someone ahead means a wait of at least a minute is shown');

    assert.deepEqual(await getTicket(hub, first.id), first);
    const queue = await hub.api<QueueSnapshot>('GET', '/api/queue');
    assert.equal(queue.status, 200);
    assert.ok(Number.isInteger(queue.body.seq) && queue.body.seq > 0);
    assert.deepEqual(
      queue.body.waiting.map((t) => t.number),
      ['A001', 'A002'],
    );
    assert.deepEqual(queue.body.called, []);
    const { ahead: _a, estimatedWaitMinutes: _e, print: _p, followUrl: _f, ...view } = first;
    assert.deepEqual(queue.body.waiting[0], view, 'the queue shows the same ticket view');
  });

  test('desk cycle: next calls, recall, start, finish; next finishes the current visit; 204 when nobody waits; no-show', async () => {
    const service = await addService(hub, 'Parking permits', 'P');
    const desk = await addDesk(hub, 'Desk P', [service.id]);
    const p1 = await takeTicket(hub, service.id);
    const p2 = await takeTicket(hub, service.id);

    const called = await callNext(hub, desk.id);
    assert.equal(called.id, p1.id);
    assert.equal(called.number, 'P001');
    assert.equal(called.state, 'called');
    assert.equal(called.deskId, desk.id);
    assert.match(called.calledAt!, ISO);
    let queue = (await hub.api<QueueSnapshot>('GET', '/api/queue')).body;
    assert.ok(queue.called.some((t) => t.id === p1.id && t.deskId === desk.id));
    assert.ok(!queue.waiting.some((t) => t.id === p1.id));
    assert.equal((await getTicket(hub, p2.id)).ahead, 0, 'P002 moves to the front once P001 is called');

    const recalled = await atDesk(hub, desk.id, 'recall');
    assert.equal(recalled!.id, p1.id);
    assert.equal(recalled!.state, 'called');
    assert.equal(recalled!.calledAt, called.calledAt, 'a recall keeps the first call time');
    const started = await atDesk(hub, desk.id, 'start');
    assert.equal(started!.state, 'serving');
    const finished = await atDesk(hub, desk.id, 'finish');
    assert.equal(finished!.id, p1.id);
    assert.equal(finished!.state, 'finished');
    assert.equal((await getTicket(hub, p1.id)).state, 'finished');

    const second = await callNext(hub, desk.id);
    assert.equal(second.number, 'P002');
    // P002 is still at the desk: next finishes it and, with nobody waiting, answers 204.
    const none = await hub.api('POST', `/api/desks/${desk.id}/next`);
    assert.equal(none.status, 204);
    assert.equal(none.body, null);
    assert.equal((await getTicket(hub, p2.id)).state, 'finished');
    queue = (await hub.api<QueueSnapshot>('GET', '/api/queue')).body;
    assert.ok(!queue.called.some((t) => t.deskId === desk.id), 'the desk is free');

    const p3 = await takeTicket(hub, service.id);
    const p4 = await takeTicket(hub, service.id);
    assert.equal((await callNext(hub, desk.id)).id, p3.id);
    // next while P003 is at the desk finishes it and calls P004 in one step.
    const fourth = await callNext(hub, desk.id);
    assert.equal(fourth.id, p4.id);
    assert.equal((await getTicket(hub, p3.id)).state, 'finished');
    const noShow = await atDesk(hub, desk.id, 'no-show');
    assert.equal(noShow!.id, p4.id);
    assert.equal(noShow!.state, 'no-show');
    assert.equal((await getTicket(hub, p4.id)).state, 'no-show');
  });

  test('transfer keeps the number and puts the ticket back in line by its original arrival time', async () => {
    const reception = await addService(hub, 'Reception', 'R');
    const housing = await addService(hub, 'Housing', 'H');
    const receptionDesk = await addDesk(hub, 'Reception desk', [reception.id]);
    const housingDesk = await addDesk(hub, 'Housing desk', [housing.id]);

    const h1 = await takeTicket(hub, housing.id); // arrived before the visitor at reception
    await sleep(5);
    const r1 = await takeTicket(hub, reception.id);
    await sleep(5);
    const h2 = await takeTicket(hub, housing.id); // arrived after
    const h3 = await takeTicket(hub, housing.id);

    assert.equal((await callNext(hub, receptionDesk.id)).id, r1.id);
    const moved = await atDesk(hub, receptionDesk.id, 'transfer', { serviceId: housing.id });
    assert.equal(moved!.id, r1.id);
    assert.equal(moved!.number, 'R001', 'the visitor keeps the number on their paper ticket');
    assert.equal(moved!.serviceId, housing.id);
    assert.equal(moved!.state, 'waiting');

    const queue = (await hub.api<QueueSnapshot>('GET', '/api/queue')).body;
    assert.deepEqual(
      queue.waiting.filter((t) => t.serviceId === housing.id).map((t) => t.number),
      ['H001', 'R001', 'H002', 'H003'],
    );
    assert.equal((await getTicket(hub, r1.id)).ahead, 1);
    assert.equal((await getTicket(hub, h2.id)).ahead, 2);
    assert.ok(!queue.called.some((t) => t.deskId === receptionDesk.id), 'the reception desk is free again');

    const order: string[] = [];
    for (let i = 0; i < 4; i++) order.push((await callNext(hub, housingDesk.id)).number);
    assert.deepEqual(order, ['H001', 'R001', 'H002', 'H003']);
    assert.equal((await getTicket(hub, h1.id)).state, 'finished');
    assert.equal((await getTicket(hub, h3.id)).state, 'called');
    // The next housing ticket is numbered on from H003: the transferred R001 does not take a housing number.
    assert.equal((await takeTicket(hub, housing.id)).number, 'H004');
  });

  test('a desk serving several services calls the longest-waiting ticket among them, not by its list order', async () => {
    const budget = await addService(hub, 'Budget and debt advice', 'B');
    const consumer = await addService(hub, 'Consumer advice', 'C');
    const desk = await addDesk(hub, 'Advice desk', [budget.id, consumer.id]);
    const issued: Ticket[] = [];
    for (const serviceId of [consumer.id, budget.id, consumer.id, budget.id, budget.id]) {
      issued.push(await takeTicket(hub, serviceId));
      await sleep(3);
    }
    const calls: string[] = [];
    for (let i = 0; i < issued.length; i++) calls.push((await callNext(hub, desk.id)).number);
    assert.deepEqual(calls, ['C001', 'B001', 'C002', 'B002', 'B003']);
    assert.equal((await hub.api('POST', `/api/desks/${desk.id}/next`)).status, 204);
  });

  test('POST /api/survey stores a response (201 with id and time)', async () => {
    const response = await hub.api('POST', '/api/survey', { answers: [5, 4, null, 3, 2], comment: 'Tack!' });
    assert.equal(response.status, 201);
    assert.ok(Number.isInteger(response.body.id) && response.body.id > 0);
    assert.match(response.body.submittedAt, ISO);
    const [service] = (await hub.api<{ id: number }[]>('GET', '/api/services')).body;
    const ticket = await takeTicket(hub, service!.id);
    const linked = await hub.api('POST', '/api/survey', { answers: [1, 1, 1, 1, 1], ticketId: ticket.id });
    assert.equal(linked.status, 201);
    assert.notEqual(linked.body.id, response.body.id);
  });

  test('GET /api/openapi.json lists every route of the contract with its methods', async () => {
    const { status, body } = await hub.api<{ openapi: string; paths: Record<string, Record<string, { summary: string }>> }>('GET', '/api/openapi.json');
    assert.equal(status, 200);
    assert.match(body.openapi, /^3\./);
    const published = new Set(Object.entries(body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`)));
    // The contract as integrators rely on it; routes may be added, never dropped.
    const promised = [
      'GET /api/health',
      'GET /api/services',
      'POST /api/services',
      'GET /api/desks',
      'POST /api/desks',
      'POST /api/tickets',
      'GET /api/tickets/{id}',
      'GET /api/queue',
      'POST /api/desks/{id}/next',
      'POST /api/desks/{id}/recall',
      'POST /api/desks/{id}/start',
      'POST /api/desks/{id}/finish',
      'POST /api/desks/{id}/no-show',
      'POST /api/desks/{id}/transfer',
      'POST /api/survey',
      'GET /api/reports/summary',
    ];
    for (const route of promised) assert.ok(published.has(route), `openapi.json lacks ${route}`);
    // And whatever routes.ts declares today is published too.
    for (const spec of apiRoutes({} as HubContext, { guards: createAuthGuards(), setupCode: '' })) {
      const route = `${spec.method} ${spec.url.replace(/:(\w+)/g, '{$1}')}`;
      assert.ok(published.has(route), `openapi.json lacks ${route} from routes.ts`);
      assert.ok(body.paths[spec.url.replace(/:(\w+)/g, '{$1}')]![spec.method.toLowerCase()]!.summary, `${route} has a summary`);
    }
  });
});

describe('summary report', () => {
  // A wait target of 1.5 s (stored the way the hub keeps settings) lets a test produce waits on both sides of it.
  const TARGET_MINUTES = 0.025;
  const targetMs = TARGET_MINUTES * 60_000;
  let dataDir: string;
  let hub: RunningHub;
  before(async () => {
    dataDir = makeDataDir({ waitTargetMinutes: TARGET_MINUTES });
    hub = await startHub({ dataDir });
  });
  after(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('counts, wait median/p90/share within target and survey means match what happened', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    const service = await addService(hub, 'Social questions', 'S');
    const unstaffed = await addService(hub, 'Energy advice', 'E');
    const desk = await addDesk(hub, 'Desk S', [service.id]);

    const early = [await takeTicket(hub, service.id), await takeTicket(hub, service.id), await takeTicket(hub, service.id)];
    const forgotten = await takeTicket(hub, unstaffed.id); // never called: past the target by the time of the report
    await sleep(targetMs + 400);
    const late = [await takeTicket(hub, service.id), await takeTicket(hub, service.id), await takeTicket(hub, service.id)];

    const calls: TicketView[] = [];
    calls.push(await callNext(hub, desk.id)); // S001, waited past the target
    await atDesk(hub, desk.id, 'start');
    await atDesk(hub, desk.id, 'finish'); // served
    calls.push(await callNext(hub, desk.id)); // S002
    await atDesk(hub, desk.id, 'no-show');
    calls.push(await callNext(hub, desk.id)); // S003
    await atDesk(hub, desk.id, 'start');
    calls.push(await callNext(hub, desk.id)); // finishes S003 (served), calls S004
    await atDesk(hub, desk.id, 'finish'); // served
    calls.push(await callNext(hub, desk.id)); // S005
    await atDesk(hub, desk.id, 'no-show');
    // S006 is left waiting.
    assert.deepEqual(
      calls.map((t) => t.number),
      ['S001', 'S002', 'S003', 'S004', 'S005'],
    );

    const responses: (number | null)[][] = [
      [5, 4, null, 3, 1],
      [3, null, null, 5, 2],
      [4, 2, null, null, 1],
    ];
    for (const answers of responses) assert.equal((await hub.api('POST', '/api/survey', { answers })).status, 201);

    const issued = [...early, forgotten, ...late];
    const byId = new Map(issued.map((t) => [t.id, t]));
    const waits = calls.map((t) => (ms(t.calledAt!) - ms(byId.get(t.id)!.issuedAt)) / 1000);
    const reportAt = Date.now();
    const uncalled = issued.filter((t) => !calls.some((c) => c.id === t.id));
    const uncalledPastTarget = uncalled.filter((t) => reportAt - ms(t.issuedAt) > targetMs).length;
    assert.equal(uncalledPastTarget, 1, 'the scenario has exactly one forgotten visitor past the target');
    const within = waits.filter((s) => s * 1000 <= targetMs).length;
    assert.ok(within >= 1 && within < waits.length, `the scenario has waits on both sides of the target: ${waits.join(', ')}`);
    const mean = (q: number) => {
      const given = responses.map((r) => r[q]).filter((a): a is number => a !== null);
      return given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
    };

    const to = new Date(reportAt + 60_000).toISOString();
    const report = await hub.api<Summary>('GET', `/api/reports/summary?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    assert.equal(report.status, 200, JSON.stringify(report.body));
    const s = report.body;
    assert.equal(s.from, from);
    assert.equal(s.to, to);
    assert.equal(s.ticketsIssued, 7);
    assert.equal(s.served, 3);
    assert.equal(s.noShows, 2);
    assert.equal(s.wait.targetMinutes, TARGET_MINUTES);
    assert.equal(s.wait.medianSeconds, nearestRank(waits, 50));
    assert.equal(s.wait.p90Seconds, nearestRank(waits, 90));
    assert.equal(s.wait.shareWithinTarget, within / (waits.length + uncalledPastTarget));
    assert.equal(s.survey.responses, 3);
    assert.equal(s.survey.meanByQuestion.length, 5);
    s.survey.meanByQuestion.forEach((value, q) => {
      const expected = mean(q);
      if (expected === null) assert.equal(value, null, `question ${q + 1} was skipped by everyone`);
      else assert.ok(value !== null && Math.abs(value - expected) < 1e-9, `question ${q + 1}: mean ${value}, expected ${expected}`);
    });

    // A period after all of it holds nothing.
    const later = await hub.api<Summary>('GET', `/api/reports/summary?from=${encodeURIComponent(to)}&to=${encodeURIComponent(new Date(reportAt + 120_000).toISOString())}`);
    assert.equal(later.status, 200);
    assert.equal(later.body.ticketsIssued, 0);
    assert.equal(later.body.survey.responses, 0);
    assert.equal(later.body.wait.medianSeconds, null);
    assert.equal(later.body.wait.shareWithinTarget, null);
    assert.deepEqual(later.body.survey.meanByQuestion, [null, null, null, null, null]);
  });
});
