// Every endpoint of the access table called as every kind of caller: nobody, each paired device, a staff member, an
// administrator and the API token. Allowed callers get past the door (whatever the request then says), everyone
// else gets 401 (no credential) or 403 (the wrong role). The table is the promise; this test holds the hub to it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { send, signIn } from '../helpers/people.ts';
import { ACCESS_TABLE } from '../../main/api/accessTable.ts';
import type { Role } from '../../common/schemas/auth.ts';

type Caller = 'nobody' | Role | 'api-token';
const CALLERS: Caller[] = ['nobody', 'kiosk', 'display', 'survey', 'staff', 'admin', 'api-token'];

/** A path with placeholders filled by ids that do not exist: allowed callers then get a 404 or 400, never a change. */
const concrete = (url: string) => url.replace(':id', '999999').replace(':token', 'no-such-token');

function expected(roles: 'open' | readonly Role[], caller: Caller): 'through' | 401 | 403 {
  if (roles === 'open' || caller === 'api-token') return 'through';
  if (caller === 'nobody') return 401;
  return roles.includes(caller) ? 'through' : 403;
}

async function upgradeStatus(hubUrl: string, headers: Record<string, string>): Promise<number> {
  const socket = new WebSocket(`${hubUrl.replace(/^http/, 'ws')}/api/events?after=0`, { headers });
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', reject);
  });
}

describe('every endpoint × every role', () => {
  let hub: RunningHub;
  const headers = {} as Record<Caller, Record<string, string>>;

  before(async () => {
    hub = await startHub();
    headers.nobody = {};
    headers['api-token'] = { authorization: `Bearer ${hub.token}` };
    for (const role of ['kiosk', 'display', 'survey'] as const) headers[role] = { authorization: `Bearer ${await hub.pairDevice(role)}` };
    for (const role of ['staff', 'admin'] as const) headers[role] = { cookie: await signIn(hub, role) };
  });
  after(() => hub?.stop());

  test('HTTP: allowed callers get through, others get 401 or 403 with a readable reason', async () => {
    const wrong: string[] = [];
    for (const [row, access] of Object.entries(ACCESS_TABLE)) {
      const [method, url] = row.split(' ') as [string, string];
      // Logging out would end the session the rest of the table is called with; it is open, so nobody tries it.
      const callers = access.roles === 'open' ? (['nobody'] as Caller[]) : CALLERS;
      for (const caller of callers) {
        const answer = await send(hub.url, method, concrete(url), { headers: headers[caller], ...(method === 'POST' ? { body: {} } : {}) });
        const want = expected(access.roles, caller);
        const got = answer.status === 401 || answer.status === 403 ? answer.status : 'through';
        if (got !== want) wrong.push(`${row} as ${caller}: expected ${want}, got ${answer.status} ${JSON.stringify(answer.body)}`);
        if (got !== 'through') assert.match(answer.body.error, /roles: /, `${row} as ${caller} says which roles it needs`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  test('the event stream: devices that show the queue and people may connect; a survey screen and nobody may not', async () => {
    const roles = ACCESS_TABLE['GET /api/events']!.roles;
    for (const caller of CALLERS) {
      const want = expected(roles, caller);
      assert.equal(await upgradeStatus(hub.url, headers[caller]), want === 'through' ? 101 : want, caller);
    }
  });
});
