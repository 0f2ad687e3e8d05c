// The follow link on every ticket: a random token (never the id), a view of that ticket only, the desk once called,
// the end of the visit, and a friendly 404 for anything else.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, callNext, getTicket, takeTicket } from '../helpers/centre.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { request } from 'node:http';

const tokenOf = (followUrl: string) => new URL(followUrl).pathname.replace(/^\/t\//, '');
/** A ticket asked for with a Host header of the caller's choosing (fetch will not send one). */
function ticketWithHost(hub: RunningHub, serviceId: number, host: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ serviceId });
    const sent = request(`${hub.url}/api/tickets`, { method: 'POST', headers: { host, 'content-type': 'application/json', authorization: `Bearer ${hub.token}` } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

const follow = (hub: RunningHub, token: string) => hub.api('GET', `/api/follow/${token}`, undefined, { token: null });

describe('follow your place', () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
  });
  after(() => hub?.stop());

  test('each ticket links to /t/<128-bit random token> on the hub, never its id', async () => {
    const service = await addService(hub, 'Housing', 'H');
    const a = await takeTicket(hub, service.id);
    const b = await takeTicket(hub, service.id);
    for (const ticket of [a, b]) {
      assert.ok(ticket.followUrl.startsWith(`${hub.url}/t/`), ticket.followUrl);
      const token = tokenOf(ticket.followUrl);
      assert.match(token, /^[A-Za-z0-9_-]{22}$/, '16 random bytes in base64url');
    }
    assert.notEqual(tokenOf(a.followUrl), tokenOf(b.followUrl));
    assert.equal((await getTicket(hub, a.id)).followUrl, a.followUrl, 'GET /api/tickets/:id carries the same link');
  });

  test('without a public address the link is the address the hub listens on, whatever Host the request names', async () => {
    const service = await addService(hub, 'Hosts', 'X');
    const evil = await ticketWithHost(hub, service.id, 'evil.example');
    assert.equal(evil.status, 201);
    assert.ok(evil.body.followUrl.startsWith(`${hub.url}/t/`), evil.body.followUrl);
    // A 7 KB Host once made the printed QR code fail after the ticket was stored, answered as "not made".
    const huge = await ticketWithHost(hub, service.id, `${'a'.repeat(7000)}.example`);
    assert.equal(huge.status, 201, JSON.stringify(huge.body));
    assert.ok(huge.body.followUrl.startsWith(`${hub.url}/t/`));
    assert.equal((await hub.api('GET', '/api/queue')).body.waiting.filter((t: { serviceId: number }) => t.serviceId === service.id).length, 2);
  });

  test('the view shows this ticket only: number, place, estimate; then the desk; then it ends', async () => {
    const service = await addService(hub, 'Tax', 'T');
    const desk = await addDesk(hub, 'Desk 4', [service.id]);
    const first = await takeTicket(hub, service.id);
    const mine = await hub.api('POST', '/api/tickets', { serviceId: service.id, language: 'en' }, { token: await hub.pairDevice('kiosk') });
    const token = tokenOf(mine.body.followUrl);

    const waiting = await follow(hub, token);
    assert.equal(waiting.status, 200);
    assert.deepEqual(waiting.body, {
      number: 'T002',
      serviceName: 'Tax',
      serviceNames: {},
      language: 'en',
      state: 'waiting',
      ahead: 1,
      estimatedWaitMinutes: waiting.body.estimatedWaitMinutes,
      deskName: null,
      deskNames: {},
      ended: false,
      survey: 'closed',
    });
    assert.ok(!JSON.stringify(waiting.body).includes(first.number), 'nothing about the visitor ahead');

    await callNext(hub, desk.id);
    assert.equal((await follow(hub, token)).body.ahead, 0);
    await callNext(hub, desk.id); // finishes T001, calls T002
    const called = (await follow(hub, token)).body;
    assert.deepEqual([called.state, called.deskName, called.ended], ['called', 'Desk 4', false]);
    await atDesk(hub, desk.id, 'finish');
    const ended = (await follow(hub, token)).body;
    assert.deepEqual([ended.state, ended.deskName, ended.ended, ended.survey], ['finished', null, true, 'open'], 'the page may now ask how it was');
  });

  test('an unknown or malformed token is a 404 or 400 with a message, and the page itself still loads', async () => {
    const unknown = await follow(hub, 'AAAAAAAAAAAAAAAAAAAAAA');
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error, /no ticket with this link/);
    assert.equal((await follow(hub, '1')).status, 400, 'a sequential id is not a token');
    const page = await fetch(`${hub.url}/t/AAAAAAAAAAAAAAAAAAAAAA`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
  });
});

describe('follow link base address', () => {
  let dataDir: string;
  let hub: RunningHub;
  before(async () => {
    dataDir = makeDataDir({ publicBaseUrl: 'https://queue.example.org/' });
    hub = await startHub({ dataDir });
  });
  after(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('follows the publicBaseUrl setting (the guest network address)', async () => {
    const service = await addService(hub, 'Parking', 'P');
    const ticket = await takeTicket(hub, service.id);
    assert.match(ticket.followUrl, /^https:\/\/queue\.example\.org\/t\/[A-Za-z0-9_-]{22}$/);
  });

  test('--public-url names the address when the setting does not', async () => {
    const started = await startHub({ args: ['--public-url', 'http://10.20.30.40:4800'] });
    try {
      const service = await addService(started, 'Parking', 'P');
      assert.match((await takeTicket(started, service.id)).followUrl, /^http:\/\/10\.20\.30\.40:4800\/t\//);
    } finally {
      await started.stop();
    }
  });
});
