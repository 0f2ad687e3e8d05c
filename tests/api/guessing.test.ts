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

/** POST /api/auth/login from a chosen local address: its status, and when it answered. */
function loginFrom(hub: RunningHub, agent: Agent, username: string, password: string): Promise<{ status: number; at: number }> {
  const { hostname, port } = new URL(hub.url);
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, agent, method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.once('end', () => resolve({ status: res.statusCode!, at: performance.now() }));
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
  });

  test('while 400 wrong logins flood in from one address, a receptionist signs in and the screens load', async () => {
    const asset = readdirSync(join(BUILT_SCREENS_DIR, 'assets'))[0];
    assert.ok(asset, 'the screens are built (npm run build:screens)');
    const screenFile = async () => {
      const started = performance.now();
      const answer = await send(hub.url, 'GET', `/assets/${asset}`);
      return { status: answer.status, ms: performance.now() - started };
    };
    const signIn = async () => {
      const started = performance.now();
      const answer = await send(hub.url, 'POST', '/api/auth/login', { body: { username: 'hugo', password: PASSWORD } });
      return { status: answer.status, ms: performance.now() - started };
    };
    const quiet = await signIn();
    assert.equal(quiet.status, 200);

    const attacker = fromAddress('127.0.0.2');
    const flood = Promise.all(Array.from({ length: 400 }, (_, i) => loginFrom(hub, attacker, `name-${i % 40}`, `guess ${i}`)));
    await new Promise((settle) => setTimeout(settle, 200));
    const [file, receptionist] = await Promise.all([screenFile(), signIn()]);
    const floodStatuses = (await flood).map((answer) => answer.status);
    attacker.destroy();

    const counts = tally(floodStatuses);
    assert.ok(floodStatuses.every((status) => status === 401 || status === 429), `only refusals: ${JSON.stringify(counts)}`);
    assert.ok((counts[401] ?? 0) <= 20, `at most the address's 20 tries were checked: ${JSON.stringify(counts)}`);
    assert.equal(file.status, 200);
    assert.equal(receptionist.status, 200);
    // Generous bounds for a loaded machine: before password checks took turns, both waited behind all 400 hashes.
    assert.ok(file.ms < 5_000, `a screen file took ${file.ms.toFixed(0)} ms during the flood`);
    assert.ok(receptionist.ms < quiet.ms * 5 + 2_000, `the sign-in took ${receptionist.ms.toFixed(0)} ms during the flood, ${quiet.ms.toFixed(0)} ms before it`);
  });
});
