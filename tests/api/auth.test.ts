// Signing in, the first administrator, throttling, paired devices and their revocation, and the browser-facing
// protections (cookies, Origin), all against a real hub process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { cookieFrom, PASSWORD, send, signIn } from '../helpers/people.ts';
import { addService } from '../helpers/centre.ts';
import { collectEvents } from '../helpers/events.ts';
import { eventually } from '../helpers/browser.ts';

const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

describe('the first administrator', () => {
  let hub: RunningHub;
  before(async () => (hub = await startHub()));
  after(() => hub?.stop());

  test('is created once with the setup code the hub printed; the answer signs them in', async () => {
    const setupLine = /Setup code for the first administrator: ([A-Z2-9]{4}-[A-Z2-9]{4})/;
    await eventually(() => assert.match(hub.output(), setupLine));
    const printed = setupLine.exec(hub.output());
    assert.ok(printed, `the hub prints a setup code on a new database:\n${hub.output()}`);
    assert.equal((await send(hub.url, 'GET', '/api/auth/status')).body.setupNeeded, true);

    const body = { setupCode: 'AAAA-BBBB', username: 'chef', password: PASSWORD };
    const wrong = await send(hub.url, 'POST', '/api/auth/setup', { body });
    assert.equal(wrong.status, 401);
    assert.match(wrong.body.error, /not the setup code/);

    const made = await send(hub.url, 'POST', '/api/auth/setup', { body: { ...body, setupCode: printed[1]!.toLowerCase() } });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.deepEqual(made.body.user, { id: made.body.user.id, username: 'chef', role: 'admin' });
    const cookie = made.headers.getSetCookie()[0]!;
    assert.match(cookie, /^lotsa_session=[\w-]{43}; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);

    const status = await send(hub.url, 'GET', '/api/auth/status', { headers: { cookie: cookieFrom(made, 'lotsa_session') } });
    assert.deepEqual(status.body, { user: made.body.user, device: null, apiToken: false, setupNeeded: false });
    const again = await send(hub.url, 'POST', '/api/auth/setup', { body: { ...body, setupCode: printed[1]!, username: 'thief' } });
    assert.equal(again.status, 409, 'the code is worthless once an account exists');
  });
});

describe('logins and sessions', () => {
  let hub: RunningHub;
  before(async () => (hub = await startHub()));
  after(() => hub?.stop());

  test('a wrong password and an unknown name get the same 401; five wrong tries lock the name for a while', async () => {
    await signIn(hub, 'staff', 'anna');
    const login = (username: string, password: string) => send(hub.url, 'POST', '/api/auth/login', { body: { username, password } });
    const unknown = await login('nobody-here', PASSWORD);
    const wrong = await login('anna', 'not the password');
    assert.equal(unknown.status, 401);
    assert.deepEqual(unknown.body, wrong.body, 'nothing tells which usernames exist');
    for (let i = 0; i < 4; i++) assert.equal((await login('anna', 'not the password')).status, 401);
    const locked = await login('ANNA', PASSWORD);
    assert.equal(locked.status, 429, 'locked, even with the right password, whatever the case of the name');
    assert.ok(locked.body.retryAfterSeconds >= 1 && locked.body.retryAfterSeconds <= 30, JSON.stringify(locked.body));
    assert.equal(locked.headers.get('retry-after'), String(locked.body.retryAfterSeconds));
    assert.match(locked.body.error, /too many wrong passwords; try again in \d+ s/);
  });

  test('logging out ends the session: the same cookie is refused afterwards', async () => {
    const cookie = await signIn(hub, 'staff');
    assert.equal((await send(hub.url, 'GET', '/api/service-settings', { headers: { cookie } })).status, 200);
    const out = await send(hub.url, 'POST', '/api/auth/logout', { headers: { cookie } });
    assert.equal(out.status, 204);
    assert.match(out.headers.getSetCookie()[0]!, /^lotsa_session=; Path=\/; Max-Age=0/);
    const after = await send(hub.url, 'GET', '/api/service-settings', { headers: { cookie } });
    assert.equal(after.status, 401);
    assert.match(after.body.error, /session has ended/);
  });

  test('a disabled account or a new password ends the sessions already open; the last administrator cannot be removed', async () => {
    const users = (await hub.api('GET', '/api/users')).body as { id: number; username: string; role: string }[];
    const cookie = await signIn(hub, 'staff', 'bertil');
    const bertil = (await hub.api('GET', '/api/users')).body.find((user: { username: string }) => user.username === 'bertil');
    assert.ok(!('password_hash' in bertil) && !JSON.stringify(await hub.api('GET', '/api/users')).includes('scrypt'), 'no hash leaves the hub');
    assert.equal((await hub.api('POST', `/api/users/${bertil.id}`, { disabled: true })).status, 200);
    assert.equal((await send(hub.url, 'GET', '/api/service-settings', { headers: { cookie } })).status, 401);
    const relogin = await send(hub.url, 'POST', '/api/auth/login', { body: { username: 'bertil', password: PASSWORD } });
    assert.equal(relogin.status, 401, 'a disabled account cannot sign in');

    const adminCookie = await signIn(hub, 'admin', 'cecilia');
    const cecilia = (await hub.api('GET', '/api/users')).body.find((user: { username: string }) => user.username === 'cecilia');
    const alone = await send(hub.url, 'POST', `/api/users/${cecilia.id}`, { headers: { cookie: adminCookie }, body: { role: 'staff' } });
    assert.equal(alone.status, 409, 'demoting the only administrator is refused');
    assert.match(alone.body.error, /no active administrator/);
    assert.equal((await send(hub.url, 'GET', '/api/settings', { headers: { cookie: adminCookie } })).status, 200, 'and nothing changed');
    assert.equal((await hub.api('POST', `/api/users/${cecilia.id}`, { password: 'another long password' })).status, 200);
    assert.equal((await send(hub.url, 'GET', '/api/settings', { headers: { cookie: adminCookie } })).status, 401, 'the old session ended with the old password');
    assert.ok(users.length >= 1);
  });

  test('usernames are unique without regard to case; a short password is refused with the rule', async () => {
    await signIn(hub, 'staff', 'david');
    const twin = await hub.api('POST', '/api/users', { username: 'DAVID', password: PASSWORD, role: 'staff' });
    assert.equal(twin.status, 409);
    const short = await hub.api('POST', '/api/users', { username: 'eva', password: 'short', role: 'staff' });
    assert.equal(short.status, 400);
    assert.match(short.body.error, /at least 10 characters/);
  });

  test('usernames are one name however they are typed: fullwidth and case fold to it, look-alike scripts are refused', async () => {
    await signIn(hub, 'staff', 'frida');
    const fullwidth = await hub.api('POST', '/api/users', { username: 'ＦＲＩＤＡ', password: PASSWORD, role: 'staff' });
    assert.equal(fullwidth.status, 409, 'fullwidth ＦＲＩＤＡ is frida');
    const login = await send(hub.url, 'POST', '/api/auth/login', { body: { username: 'ｆｒｉｄａ', password: PASSWORD } });
    assert.equal(login.status, 200, 'and signs in as frida');
    assert.equal(login.body.user.username, 'frida');
    const cyrillic = await hub.api('POST', '/api/users', { username: '\u0430dmin', password: PASSWORD, role: 'admin' });
    assert.equal(cyrillic.status, 400, 'аdmin with a Cyrillic а');
    assert.equal(cyrillic.body.code, 'username-invalid');
    const zeroWidth = await hub.api('POST', '/api/users', { username: 'fri\u200bda', password: PASSWORD, role: 'staff' });
    assert.equal(zeroWidth.body.code, 'text-invisible-character');
    const stored = await hub.api('POST', '/api/users', { username: '  ｇｕｓｔａｖ ', password: PASSWORD, role: 'staff' });
    assert.equal(stored.status, 201);
    assert.equal(stored.body.username, 'gustav', 'stored in NFKC, trimmed');
  });

  test('staff see today’s figures; a longer period needs an administrator. A paper survey card needs staff', async () => {
    const staff = await signIn(hub, 'staff');
    assert.equal((await send(hub.url, 'GET', '/api/reports/summary', { headers: { cookie: staff } })).status, 200);
    const month = await send(hub.url, 'GET', '/api/reports/summary?from=2026-01-01&to=2026-01-31', { headers: { cookie: staff } });
    assert.equal(month.status, 403);
    assert.match(month.body.error, /today's figures/);
    assert.equal((await hub.api('GET', '/api/reports/summary?from=2026-01-01&to=2026-01-31')).status, 200);

    const card = { answers: [4, 4, 4, 4, 4], source: 'paper' };
    const survey = await hub.pairDevice('survey');
    assert.equal((await send(hub.url, 'POST', '/api/survey', { headers: bearer(survey), body: card })).status, 403);
    assert.equal((await send(hub.url, 'POST', '/api/survey', { headers: { cookie: staff }, body: card })).status, 201);
    assert.equal((await send(hub.url, 'POST', '/api/survey', { headers: bearer(survey), body: { answers: [5, 5, 5, 5, 5] } })).status, 201);
  });
});

describe('paired devices', () => {
  let hub: RunningHub;
  before(async () => (hub = await startHub()));
  after(() => hub?.stop());

  test('a pairing code works once; the device cookie is HttpOnly and SameSite=Strict', async () => {
    const { body } = await hub.api('POST', '/api/devices', { role: 'kiosk', name: 'Entrance' });
    assert.match(body.pairingCode, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    assert.equal(body.device.pairedAt, null);
    const paired = await send(hub.url, 'POST', '/api/devices/pair', { body: { pairingCode: ` ${body.pairingCode.toLowerCase().replace('-', '')} ` } });
    assert.equal(paired.status, 200, JSON.stringify(paired.body));
    assert.match(paired.headers.getSetCookie()[0]!, /^lotsa_device=[\w-]{43}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
    const again = await send(hub.url, 'POST', '/api/devices/pair', { body: { pairingCode: body.pairingCode } });
    assert.equal(again.status, 401);
    assert.match(again.body.error, /unknown, already used or expired/);

    const status = await send(hub.url, 'GET', '/api/auth/status', { headers: { cookie: cookieFrom(paired, 'lotsa_device') } });
    assert.deepEqual(status.body.device, { id: body.device.id, name: 'Entrance', role: 'kiosk' });
    const listed = (await hub.api('GET', '/api/devices')).body.find((device: { id: number }) => device.id === body.device.id);
    assert.ok(listed.pairedAt && listed.lastSeenAt && listed.pairingExpiresAt === null);
  });

  test('a stolen kiosk can only take tickets, and not faster than visitors do', async () => {
    const kiosk = bearer(await hub.pairDevice('kiosk'));
    const service = await addService(hub, 'Reception', 'R');
    for (const [method, path] of [['GET', '/api/appointments'], ['GET', '/api/users'], ['POST', '/api/desks/1/next'], ['GET', '/api/backup']]) {
      assert.equal((await send(hub.url, method!, path!, { headers: kiosk, ...(method === 'POST' ? { body: {} } : {}) })).status, 403, path);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await send(hub.url, 'POST', '/api/tickets', { headers: kiosk, body: { serviceId: service.id } })).status);
    assert.deepEqual(statuses, [...Array(10).fill(201), 429], 'a burst of ten, then held back');
    const held = await send(hub.url, 'POST', '/api/tickets', { headers: kiosk, body: { serviceId: service.id } });
    assert.ok(held.body.retryAfterSeconds >= 1, JSON.stringify(held.body));
    assert.equal((await hub.api('POST', '/api/tickets', { serviceId: service.id })).status, 201, 'the API token is not held back');
    const other = bearer(await hub.pairDevice('kiosk', 'Second kiosk'));
    assert.equal((await send(hub.url, 'POST', '/api/tickets', { headers: other, body: { serviceId: service.id } })).status, 201, 'each kiosk has its own limit');
  });

  test('revoking a display closes its event stream and refuses its credential; a new code re-pairs it', async () => {
    const registered = (await hub.api('POST', '/api/devices', { role: 'display', name: 'Hall TV' })).body;
    const credential = (await send(hub.url, 'POST', '/api/devices/pair', { body: { pairingCode: registered.pairingCode } })).body.credential;
    const socket = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/events?after=0`, { headers: bearer(credential) });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    assert.equal((await hub.api('POST', `/api/devices/${registered.device.id}/revoke`)).body.revokedAt !== null, true);
    assert.equal(await closed, 4401, 'closed at once with the "credential no longer valid" code');
    const refused = await send(hub.url, 'GET', '/api/queue', { headers: bearer(credential) });
    assert.equal(refused.status, 401);

    const renewed = (await hub.api('POST', `/api/devices/${registered.device.id}/pairing-code`)).body;
    const fresh = (await send(hub.url, 'POST', '/api/devices/pair', { body: { pairingCode: renewed.pairingCode } })).body.credential;
    assert.equal((await send(hub.url, 'GET', '/api/queue', { headers: bearer(fresh) })).status, 200);
    assert.equal((await send(hub.url, 'GET', '/api/queue', { headers: bearer(credential) })).status, 401, 'the old credential stays dead');
  });

  test('a display’s stream carries no personal data: no booked name, no booking code, no staff business', async () => {
    const service = await addService(hub, 'Debt advice', 'D');
    const display = await hub.pairDevice('display');
    const after = (await hub.api('GET', '/api/queue')).body.seq;
    const stream = await collectEvents(hub.url, after, display);
    const staffStream = await collectEvents(hub.url, after, hub.token);
    try {
      const booked = (await hub.api('POST', '/api/appointments', { serviceId: service.id, startsAt: new Date(Date.now() + 60_000).toISOString(), name: 'Zlatan Secretsson' })).body;
      assert.equal((await hub.api('POST', '/api/appointments/check-in', { code: booked.code })).status, 201);
      await staffStream.waitFor(3);
      await stream.waitFor(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const seen = JSON.stringify(stream.events);
      assert.deepEqual(stream.events.map((event) => event.type), ['ticket.issued']);
      assert.ok(!seen.includes('Zlatan') && !seen.includes(booked.code), seen);
    } finally {
      await stream.close();
      await staffStream.close();
    }
  });
  // Last in this block: the lock holds for this address, right codes included.
  test('wrong pairing codes are throttled per address', async () => {
    const tries: number[] = [];
    for (let i = 0; i < 6; i++) tries.push((await send(hub.url, 'POST', '/api/devices/pair', { body: { pairingCode: 'ZZZZ-ZZZZ' } })).status);
    assert.deepEqual(tries, [401, 401, 401, 401, 401, 429]);
  });
});

describe('requests from other sites', () => {
  let hub: RunningHub;
  before(async () => (hub = await startHub()));
  after(() => hub?.stop());

  test('a POST or a stream opened from a page on another site is refused, even with a valid cookie', async () => {
    const cookie = await signIn(hub, 'admin');
    const evil = { cookie, origin: 'http://evil.example' };
    const refused = await send(hub.url, 'POST', '/api/services', { headers: evil, body: { name: 'Phish', prefix: 'P' } });
    assert.equal(refused.status, 403);
    assert.match(refused.body.error, /evil\.example are refused/);
    assert.deepEqual((await hub.api('GET', '/api/services')).body, [], 'nothing was created');
    const same = await send(hub.url, 'POST', '/api/services', { headers: { cookie, origin: hub.url }, body: { name: 'Real', prefix: 'R' } });
    assert.equal(same.status, 201, 'the hub’s own pages are fine');

    const socket = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/events?after=0`, { headers: evil });
    const status = await new Promise<number>((resolve) => socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0)).once('open', () => resolve(101)));
    assert.equal(status, 403);
  });
});
