// Whatever a confused client, a stale screen or a hostile caller sends, the hub answers 4xx with one readable
// sentence, changes nothing (services, desks, queue, event seq and report stay as they were) and keeps answering.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, callNext, takeTicket } from '../helpers/centre.ts';
import type { Service } from '../../common/schemas/services.ts';
import type { Desk } from '../../common/schemas/desks.ts';
import type { Ticket } from '../../common/schemas/tickets.ts';
import { ErrorCode } from '../../common/schemas/errorCodes.ts';

interface BadRequest {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** An object is sent as JSON; a string is sent as it is. */
  body?: unknown;
  contentType?: string;
  /** undefined: the right token; null: none; a string: that token. */
  token?: string | null;
  status: number;
  /** The error code it must be refused with, where the test names one. */
  code?: ErrorCode;
}

describe('bad input changes nothing', () => {
  let hub: RunningHub;
  let housing: Service;
  let tax: Service;
  let free: Desk; // nobody at this desk
  let busy: Desk; // a visitor is called here
  let waiting: Ticket;
  const period = `from=${encodeURIComponent(new Date(Date.now() - 60_000).toISOString())}&to=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`;

  async function send(request: BadRequest): Promise<{ status: number; text: string }> {
    const token = request.token === undefined ? hub.token : request.token;
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    const response = await hub.fetch(request.path, { method: request.method, headers, body });
    return { status: response.status, text: await response.text() };
  }

  /** Everything a user could see change. */
  async function state() {
    const [services, desks, queue, report] = await Promise.all([
      hub.api('GET', '/api/services'),
      hub.api('GET', '/api/desks'),
      hub.api('GET', '/api/queue'),
      hub.api('GET', `/api/reports/summary?${period}`),
    ]);
    for (const r of [services, desks, queue, report]) assert.equal(r.status, 200);
    return { services: services.body, desks: desks.body, queue: queue.body, report: report.body };
  }

  async function expectRefusedWithoutChange(request: BadRequest) {
    const before = await state();
    const { status, text } = await send(request);
    assert.equal(status, request.status, `${request.name}: expected ${request.status}, got ${status} ${text}`);
    let body: unknown;
    assert.doesNotThrow(() => (body = JSON.parse(text)), `${request.name}: the answer is JSON, got ${text}`);
    const error = (body as { error?: unknown }).error;
    assert.equal(typeof error, 'string', `${request.name}: { error } in ${text}`);
    assert.ok((error as string).length >= 10, `${request.name}: a readable error, got "${error}"`);
    const code = (body as { code?: unknown }).code;
    assert.ok(ErrorCode.safeParse(code).success, `${request.name}: a known error code, got ${JSON.stringify(code)}`);
    if (request.code) assert.equal(code, request.code, request.name);
    assert.deepEqual(await state(), before, `${request.name} changed something`);
    const health = await hub.api('GET', '/api/health');
    assert.equal(health.status, 200);
    assert.equal(health.body.status, 'ok');
  }

  before(async () => {
    hub = await startHub();
    housing = await addService(hub, 'Housing', 'A');
    tax = await addService(hub, 'Council tax', 'B');
    free = await addDesk(hub, 'Desk 1', [housing.id]);
    busy = await addDesk(hub, 'Desk 2', [tax.id]);
    await takeTicket(hub, tax.id);
    await callNext(hub, busy.id);
    waiting = await takeTicket(hub, housing.id);
    await hub.api('POST', '/api/survey', { answers: [4, 4, 4, 4, 4] });
  });
  after(async () => {
    await hub?.stop();
  });

  test('actions that need rights answer 401 without a token or with a wrong one', async () => {
    const guarded: Omit<BadRequest, 'name' | 'status' | 'token'>[] = [
      { method: 'POST', path: `/api/desks/${busy.id}/next` },
      { method: 'POST', path: `/api/desks/${busy.id}/recall` },
      { method: 'POST', path: `/api/desks/${busy.id}/start` },
      { method: 'POST', path: `/api/desks/${busy.id}/finish` },
      { method: 'POST', path: `/api/desks/${busy.id}/no-show` },
      { method: 'POST', path: `/api/desks/${busy.id}/transfer`, body: { serviceId: housing.id } },
      { method: 'POST', path: '/api/services', body: { name: 'Intruder', prefix: 'X' } },
      { method: 'POST', path: '/api/desks', body: { name: 'Intruder desk', serviceIds: [housing.id] } },
      { method: 'GET', path: `/api/reports/summary?${period}` },
    ];
    for (const request of guarded) {
      await expectRefusedWithoutChange({ ...request, name: `${request.method} ${request.path} without token`, token: null, status: 401 });
      await expectRefusedWithoutChange({ ...request, name: `${request.method} ${request.path} with a wrong token`, token: hub.token + 'x', status: 401 });
    }
    await expectRefusedWithoutChange({ name: 'wrong ?token=', method: 'POST', path: `/api/desks/${busy.id}/next?token=nope-nope-nope`, token: null, status: 401 });
    await expectRefusedWithoutChange({ name: 'not a bearer header', method: 'POST', path: `/api/desks/${busy.id}/finish`, token: '', status: 401 });
  });

  test('malformed, mistyped, unknown and out-of-range input answers 4xx with a readable error', async () => {
    const bad: BadRequest[] = [
      { name: 'malformed JSON ticket', method: 'POST', path: '/api/tickets', body: '{"serviceId":', status: 400 },
      { name: 'malformed JSON service', method: 'POST', path: '/api/services', body: "{name:'x'}", status: 400 },
      { name: 'JSON null as ticket', method: 'POST', path: '/api/tickets', body: 'null', status: 400 },
      { name: 'JSON array as ticket', method: 'POST', path: '/api/tickets', body: [housing.id], status: 400 },
      { name: 'empty JSON body on a ticket', method: 'POST', path: '/api/tickets', body: '', status: 400 },
      { name: 'serviceId as a string', method: 'POST', path: '/api/tickets', body: { serviceId: String(housing.id) }, status: 400 },
      { name: 'serviceId as a fraction', method: 'POST', path: '/api/tickets', body: { serviceId: 1.5 }, status: 400 },
      { name: 'ticket without serviceId', method: 'POST', path: '/api/tickets', body: {}, status: 400 },
      { name: 'ticket with an unknown language', method: 'POST', path: '/api/tickets', body: { serviceId: housing.id, language: 'xx' }, status: 400 },
      { name: 'ticket with an unknown key', method: 'POST', path: '/api/tickets', body: { serviceId: housing.id, priority: 1 }, status: 400 },
      { name: 'ticket for an unknown service', method: 'POST', path: '/api/tickets', body: { serviceId: 9999 }, status: 404 },
      { name: 'service name a number', method: 'POST', path: '/api/services', body: { name: 5, prefix: 'N' }, status: 400 },
      { name: 'service name empty', method: 'POST', path: '/api/services', body: { name: '   ', prefix: 'N' }, status: 400 },
      { name: 'service with an unknown key', method: 'POST', path: '/api/services', body: { name: 'N', prefix: 'N', colour: 'red' }, status: 400 },
      { name: 'prefix lower case', method: 'POST', path: '/api/services', body: { name: 'N', prefix: 'n' }, status: 400 },
      { name: 'prefix of four letters', method: 'POST', path: '/api/services', body: { name: 'N', prefix: 'ABCD' }, status: 400 },
      { name: 'prefix empty', method: 'POST', path: '/api/services', body: { name: 'N', prefix: '' }, status: 400 },
      { name: 'prefix with a digit', method: 'POST', path: '/api/services', body: { name: 'N', prefix: 'A1' }, status: 400 },
      { name: 'prefix with a non-ASCII letter', method: 'POST', path: '/api/services', body: { name: 'N', prefix: 'Å' }, status: 400 },
      { name: 'duplicate prefix', method: 'POST', path: '/api/services', body: { name: 'Other housing', prefix: 'A' }, status: 409 },
      { name: 'desk with serviceIds as a string', method: 'POST', path: '/api/desks', body: { name: 'D', serviceIds: String(housing.id) }, status: 400 },
      { name: 'desk with no services', method: 'POST', path: '/api/desks', body: { name: 'D', serviceIds: [] }, status: 400 },
      { name: 'desk with an unknown service', method: 'POST', path: '/api/desks', body: { name: 'D', serviceIds: [housing.id, 9999] }, status: 400 },
      { name: 'desk with an unknown key', method: 'POST', path: '/api/desks', body: { name: 'D', serviceIds: [housing.id], floor: 2 }, status: 400 },
      { name: 'duplicate desk name', method: 'POST', path: '/api/desks', body: { name: 'Desk 1', serviceIds: [tax.id] }, status: 409 },
      { name: 'GET ticket with a non-numeric id', method: 'GET', path: '/api/tickets/abc', status: 400 },
      { name: 'GET unknown ticket', method: 'GET', path: '/api/tickets/99999', status: 404 },
      { name: 'next at an unknown desk', method: 'POST', path: '/api/desks/9999/next', status: 404 },
      { name: 'next at desk id 0', method: 'POST', path: '/api/desks/0/next', status: 400 },
      { name: 'desk action with a body', method: 'POST', path: `/api/desks/${busy.id}/finish`, body: { force: true }, status: 400 },
      { name: 'transfer to an unknown service', method: 'POST', path: `/api/desks/${busy.id}/transfer`, body: { serviceId: 9999 }, status: 404 },
      { name: 'transfer with serviceId as a string', method: 'POST', path: `/api/desks/${busy.id}/transfer`, body: { serviceId: String(housing.id) }, status: 400 },
      { name: 'transfer without a body', method: 'POST', path: `/api/desks/${busy.id}/transfer`, status: 400 },
      { name: 'survey with four answers', method: 'POST', path: '/api/survey', body: { answers: [5, 5, 5, 5] }, status: 400 },
      { name: 'survey with six answers', method: 'POST', path: '/api/survey', body: { answers: [5, 5, 5, 5, 5, 5] }, status: 400 },
      { name: 'survey with every answer skipped', method: 'POST', path: '/api/survey', body: { answers: [null, null, null, null, null] }, status: 400 },
      { name: 'survey answer 6', method: 'POST', path: '/api/survey', body: { answers: [6, 5, 5, 5, 5] }, status: 400 },
      { name: 'survey answer 0', method: 'POST', path: '/api/survey', body: { answers: [0, 5, 5, 5, 5] }, status: 400 },
      { name: 'survey answer 2.5', method: 'POST', path: '/api/survey', body: { answers: [2.5, 5, 5, 5, 5] }, status: 400 },
      { name: 'survey answer as a string', method: 'POST', path: '/api/survey', body: { answers: ['5', 5, 5, 5, 5] }, status: 400 },
      { name: 'survey comment over 1000 characters', method: 'POST', path: '/api/survey', body: { answers: [5, 5, 5, 5, 5], comment: 'x'.repeat(1001) }, status: 400 },
      { name: 'survey for an unknown ticket', method: 'POST', path: '/api/survey', body: { answers: [5, 5, 5, 5, 5], ticketId: 99999 }, status: 400 },
      { name: 'survey with an unknown key', method: 'POST', path: '/api/survey', body: { answers: [5, 5, 5, 5, 5], name: 'Anna' }, status: 400 },
      { name: 'report with a garbage date', method: 'GET', path: '/api/reports/summary?from=yesterday', status: 400 },
      { name: 'report with an impossible date', method: 'GET', path: '/api/reports/summary?from=2026-02-31T25:99', status: 400 },
      { name: 'report ending before it starts', method: 'GET', path: '/api/reports/summary?from=2026-05-02&to=2026-05-01', status: 400 },
      { name: 'report ending on the last day of the calendar', method: 'GET', path: '/api/reports/summary?from=2026-01-01&to=9999-12-31', status: 400 },
      { name: 'report with an unknown parameter', method: 'GET', path: '/api/reports/summary?service=1', status: 400 },
      { name: 'POST to a read-only route', method: 'POST', path: '/api/health', status: 404 },
      // A path id is plain decimal: no number parser gets to turn 0x10 into ticket 16.
      { name: 'ticket id in hex', method: 'GET', path: `/api/tickets/0x${waiting.id.toString(16)}`, status: 400, code: 'invalid-input' },
      { name: 'ticket id in exponent form', method: 'GET', path: '/api/tickets/1e0', status: 400 },
      { name: 'ticket id with a space', method: 'GET', path: `/api/tickets/%20${waiting.id}`, status: 400 },
      { name: 'ticket id with a leading zero', method: 'GET', path: `/api/tickets/0${waiting.id}`, status: 400 },
      { name: 'ticket id with a sign', method: 'GET', path: `/api/tickets/+${waiting.id}`, status: 400 },
      { name: 'desk id past the largest integer', method: 'POST', path: '/api/desks/99999999999999999/next', status: 400 },
      { name: 'bookings of the last day of the calendar', method: 'GET', path: '/api/appointments?day=9999-12-31', status: 400 },
      { name: 'bookings of year 1', method: 'GET', path: '/api/appointments?day=0001-01-01', status: 400 },
      { name: 'a booking in year 9999', method: 'POST', path: '/api/appointments', body: { serviceId: housing.id, startsAt: '9999-12-31T10:00:00+01:00' }, status: 400 },
      // Text that would not read as what it is.
      { name: 'desk name with a zero-width space', method: 'POST', path: '/api/desks', body: { name: 'Desk 1\u200b', serviceIds: [tax.id] }, status: 400, code: 'text-invisible-character' },
      { name: 'desk name of invisible characters only', method: 'POST', path: '/api/desks', body: { name: '\u200b\u2060\u200b', serviceIds: [tax.id] }, status: 400, code: 'text-empty' },
      { name: 'service name with a NUL', method: 'POST', path: '/api/services', body: { name: 'Hous\u0000ing', prefix: 'N' }, status: 400, code: 'text-control-character' },
      { name: 'service name with a line break', method: 'POST', path: '/api/services', body: { name: 'Hous\ning', prefix: 'N' }, status: 400, code: 'text-control-character' },
      { name: 'service name with a right-to-left override', method: 'POST', path: '/api/services', body: { name: 'Housing \u202egnikrap', prefix: 'N' }, status: 400, code: 'text-invisible-character' },
      { name: 'pause reason with a bidi isolate', method: 'POST', path: `/api/desks/${free.id}/pause`, body: { reason: 'Lunch\u2067' }, status: 400, code: 'text-invisible-character' },
      { name: 'survey comment with a NUL', method: 'POST', path: '/api/survey', body: { answers: [5, 5, 5, 5, 5], comment: 'bra\u0000' }, status: 400, code: 'text-control-character' },
    ];
    for (const request of bad) await expectRefusedWithoutChange(request);
  });

  test('oversized bodies, prototype pollution and wrong content types are refused', async () => {
    await expectRefusedWithoutChange({
      name: 'survey over 64 KiB',
      method: 'POST',
      path: '/api/survey',
      body: { answers: [5, 5, 5, 5, 5], comment: 'x'.repeat(70 * 1024) },
      status: 413,
    });
    await expectRefusedWithoutChange({ name: 'ticket over 64 KiB', method: 'POST', path: '/api/tickets', body: `{"serviceId":${housing.id},"pad":"${'y'.repeat(65 * 1024)}"}`, status: 413 });
    await expectRefusedWithoutChange({ name: '__proto__ in a service', method: 'POST', path: '/api/services', body: '{"name":"Evil","prefix":"E","__proto__":{"isAdmin":true}}', status: 400 });
    await expectRefusedWithoutChange({ name: '__proto__ in a ticket', method: 'POST', path: '/api/tickets', body: `{"serviceId":${housing.id},"__proto__":{"serviceId":1}}`, status: 400 });
    await expectRefusedWithoutChange({
      name: 'constructor.prototype in a survey',
      method: 'POST',
      path: '/api/survey',
      body: '{"answers":[5,5,5,5,5],"constructor":{"prototype":{"polluted":true}}}',
      status: 400,
    });
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x']) {
      await expectRefusedWithoutChange({ name: `ticket as ${contentType}`, method: 'POST', path: '/api/tickets', body: JSON.stringify({ serviceId: housing.id }), contentType, status: 415 });
    }
    await expectRefusedWithoutChange({ name: 'service as text/plain', method: 'POST', path: '/api/services', body: JSON.stringify({ name: 'Plain', prefix: 'PL' }), contentType: 'text/plain', status: 415 });
    // Nothing leaked onto the prototype of the hub's objects either: a fresh object still looks fresh in its answers.
    const services = await hub.api('GET', '/api/services');
    assert.ok(!JSON.stringify(services.body).includes('isAdmin'));
  });

  test('desk actions that do not fit the visit answer 409 and change nothing', async () => {
    for (const action of ['recall', 'start', 'finish', 'no-show'] as const) {
      await expectRefusedWithoutChange({ name: `${action} with nobody at the desk`, method: 'POST', path: `/api/desks/${free.id}/${action}`, status: 409 });
    }
    await expectRefusedWithoutChange({ name: 'transfer with nobody at the desk', method: 'POST', path: `/api/desks/${free.id}/transfer`, body: { serviceId: tax.id }, status: 409 });

    // The visitor at the busy desk arrives: a serving visitor cannot be recalled, started again or be a no-show.
    await atDesk(hub, busy.id, 'start');
    for (const action of ['recall', 'start', 'no-show'] as const) {
      await expectRefusedWithoutChange({ name: `${action} while serving`, method: 'POST', path: `/api/desks/${busy.id}/${action}`, status: 409 });
    }
    await atDesk(hub, busy.id, 'finish');
    await expectRefusedWithoutChange({ name: 'finish twice', method: 'POST', path: `/api/desks/${busy.id}/finish`, status: 409 });
    await expectRefusedWithoutChange({ name: 'no-show after finish', method: 'POST', path: `/api/desks/${busy.id}/no-show`, status: 409 });

    // No-show, then anything else on that visit.
    assert.equal((await callNext(hub, free.id)).id, waiting.id);
    await atDesk(hub, free.id, 'no-show');
    await expectRefusedWithoutChange({ name: 'start after no-show', method: 'POST', path: `/api/desks/${free.id}/start`, status: 409 });
    await expectRefusedWithoutChange({ name: 'no-show twice', method: 'POST', path: `/api/desks/${free.id}/no-show`, status: 409 });
  });

  test('after all of it the hub still works and no refused ticket used up a number', async () => {
    const next = await takeTicket(hub, housing.id);
    assert.equal(next.number, 'A002', 'the refused tickets left no gap in the numbering');
    const services = (await hub.api<Service[]>('GET', '/api/services')).body;
    assert.deepEqual(
      services.map((s) => s.prefix),
      ['A', 'B'],
    );
    assert.equal((await hub.api('GET', '/api/desks')).body.length, 2);
  });
});
