// Guessing passwords in parallel, as a script on the guest Wi-Fi would: many attempts sent at once are limited exactly
// like attempts sent one after another, and a flood of them leaves the hub answering everyone else. Against a real
// hub process; the attackers' requests come from other loopback addresses (127.0.0.x) so the hub sees other callers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { PASSWORD, send } from '../helpers/people.ts';
import { BUILT_SCREENS_DIR } from '../../main/builtScreens.ts';

/** POST /api/auth/login from a chosen local address: its status and error code. */
function loginFrom(hub: RunningHub, agent: Agent, username: string, password: string): Promise<{ status: number; code?: string }> {
  const { hostname, port } = new URL(hub.url);
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, agent, method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode!, code: res.statusCode === 200 ? undefined : JSON.parse(text).code }));
    });
    req.once('error', reject);
    req.end(body);
  });
}

const fromAddress = (localAddress: string) => new Agent({ localAddress, keepAlive: false });

const tally = (statuses: number[]) => statuses.reduce<Record<number, number>>((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

describe('guessing passwords in parallel', () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
    for (const username of ['greta', 'hugo']) assert.equal((await hub.api('POST', '/api/users', { username, password: PASSWORD, role: 'staff' })).status, 201);
  });
  after(() => hub?.stop());

  test('100 logins for one name sent at once: 5 are checked, the rest refused, the right password at 94 included', async () => {
    const attacker = fromAddress('127.0.0.3');
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 93 ? PASSWORD : `wrong guess ${i}`));
    const answers = await Promise.all(guesses.map((guess) => loginFrom(hub, attacker, 'greta', guess)));
    attacker.destroy();
    const statuses = answers.map((answer) => answer.status);
    assert.equal(statuses[93], 429, 'the right password, sent while the name was used up, gets no session');
    assert.deepEqual(tally(statuses), { 401: 5, 429: 95 }, 'exactly as many checked as one after another would be');
    assert.ok(answers.every((answer) => answer.code === (answer.status === 401 ? 'wrong-credentials' : 'too-many-attempts')), 'each refusal says why');
  });

  test('while 400 wrong logins flood in from one address, a receptionist signs in and the screens and health answer', async () => {
    const asset = readdirSync(join(BUILT_SCREENS_DIR, 'assets'))[0];
    assert.ok(asset, 'the screens are built (npm run build:screens)');
    const attacker = fromAddress('127.0.0.2');
    const flood = Promise.all(Array.from({ length: 400 }, (_, i) => loginFrom(hub, attacker, `name-${i % 40}`, `guess ${i}`)));
    await new Promise((settle) => setTimeout(settle, 200));
    // Sent while the flood is still being checked: before password checks took turns, these queued behind all 400.
    const [file, health, receptionist] = await Promise.all([
      send(hub.url, 'GET', `/assets/${asset}`),
      send(hub.url, 'GET', '/api/health'),
      send(hub.url, 'POST', '/api/auth/login', { body: { username: 'hugo', password: PASSWORD } }),
    ]);
    const floodStatuses = (await flood).map((answer) => answer.status);
    attacker.destroy();

    const counts = tally(floodStatuses);
    assert.ok(floodStatuses.every((status) => status === 401 || status === 429), `only refusals: ${JSON.stringify(counts)}`);
    assert.ok((counts[401] ?? 0) <= 20, `at most the address's 20 tries were checked: ${JSON.stringify(counts)}`);
    assert.equal(file.status, 200);
    assert.equal(health.status, 200);
    assert.equal(receptionist.status, 200, 'the receptionist, from another address, is not locked out by the flood');
  });
});
