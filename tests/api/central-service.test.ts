// The central service's boundary (issue 17), against the real process on its embedded PostgreSQL: who may do what,
// site tokens shown once, replaced and revoked, and every push that is not right refused with nothing stored.
// Pushes are made here by hand, shaped by common/schemas/central.ts; real hubs pushing are central-end-to-end.test.ts.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { CentralPushBody, CentralVisit } from '../../common/schemas/central.ts';
import { startCentral, type RunningCentral } from '../helpers/central.ts';

const DAY = '2026-11-18';
const AT = Date.parse(`${DAY}T09:00:00Z`);

const visit = (id: number, seq: number, state: CentralVisit['state'] = 'finished'): CentralVisit => ({
  id,
  seq,
  serviceId: 1,
  deskId: 1,
  state,
  issuedAt: AT + id * 60_000,
  firstCalledAt: AT + id * 60_000 + 120_000,
  endedAt: AT + id * 60_000 + 300_000,
});

function batch(databaseId: string, fromSeq: number, visits: CentralVisit[], headSeq?: number): CentralPushBody {
  const toSeq = Math.max(fromSeq, ...visits.map((v) => v.seq));
  return {
    databaseId,
    fromSeq,
    toSeq,
    headSeq: headSeq ?? toSeq,
    sentAt: Date.now(),
    site: { name: 'Centrum', waitTargetMinutes: 15, calendar: { firstZone: 'Europe/Stockholm', changes: [] }, services: [{ id: 1, name: 'Bygglov' }], desks: [{ id: 1, name: 'Disk 1' }] },
    visits,
    responses: [],
  };
}

/** A 5 MiB push, by plain http: the service answers 413 from the declared length alone. Only the headers are sent
 *  and the answer read before the connection is dropped, so no write can race the refusal. */
function oversizedTo(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(`${url}/api/central/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': 5 * 1024 * 1024, authorization: `Bearer ${token}` },
      timeout: 10_000,
    });
    sent.on('response', (answer) => {
      resolve(answer.statusCode!);
      sent.destroy();
    });
    sent.on('timeout', () => sent.destroy(new Error('no answer to the oversized push within 10 s')));
    sent.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? undefined : reject(error)));
    sent.flushHeaders();
  });
}

describe('the central service', () => {
  let central: RunningCentral;
  let sites: { id: number; siteToken: string }[];
  const oversized = (token: string) => oversizedTo(central.url, token);
  const push = (token: string, body: unknown) => central.api('POST', '/api/central/push', body, { token });
  const issued = async (siteId: number) => {
    const summary = await central.api('GET', `/api/central/summary?from=${DAY}&to=${DAY}`);
    return summary.body.sites.find((s: { siteId: number }) => s.siteId === siteId).ticketsIssued as number;
  };

  before(async () => {
    central = await startCentral();
    sites = [];
    for (const name of ['Centrum', 'Filial Norr']) sites.push((await central.api('POST', '/api/sites', { name })).body);
  });
  after(() => central.stop());

  test('anonymous callers read nothing; the API token and a signed-in administrator read the figures', async () => {
    assert.equal((await central.api('GET', '/api/central/summary', undefined, { token: null })).status, 401);
    assert.equal((await central.api('GET', '/api/sites', undefined, { token: null })).status, 401);
    assert.equal((await central.api('GET', '/api/central/summary')).status, 200);
    // The first administrator needs the setup code the service printed, then signs in with a session cookie.
    const code = /Setup code for the first one: (\S+)/.exec(central.output())![1];
    assert.equal((await central.api('POST', '/api/auth/setup', { setupCode: 'AAAA-AAAA', username: 'anna', password: 'a long enough password' }, { token: null })).status, 401);
    assert.equal((await central.api('POST', '/api/auth/setup', { setupCode: code, username: 'anna', password: 'a long enough password' }, { token: null })).status, 201);
    const login = await fetch(`${central.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'anna', password: 'a long enough password' }) });
    assert.equal(login.status, 200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const asAdmin = await fetch(`${central.url}/api/central/summary.csv?from=${DAY}`, { headers: { cookie } });
    assert.equal(asAdmin.status, 200);
    assert.match(await asAdmin.text(), /Centrum/);
    // A site token pushes; it reads no one's figures.
    assert.equal((await central.api('GET', '/api/central/summary', undefined, { token: sites[0]!.siteToken })).status, 403);
  });

  test('a site token is shown once; a replaced or revoked one is refused and stores nothing', async () => {
    const listed = await central.api('GET', '/api/sites');
    assert.ok(listed.body.every((site: object) => !('siteToken' in site)), 'the list never shows a token again');
    const site = sites[1]!;
    const id = randomUUID();
    assert.equal((await push(site.siteToken, batch(id, 0, [visit(1, 1)]))).status, 200);
    const replaced = await central.api('POST', `/api/sites/${site.id}/token`);
    assert.equal(replaced.status, 201);
    assert.notEqual(replaced.body.siteToken, site.siteToken);
    const old = await push(site.siteToken, batch(id, 1, [visit(2, 2)]));
    assert.equal(old.status, 401);
    assert.equal(old.body.code, 'token-invalid');
    assert.equal((await push('not-a-token-at-all', batch(id, 1, [visit(2, 2)]))).status, 401);
    assert.equal((await central.api('POST', `/api/sites/${site.id}/revoke`)).status, 200);
    assert.equal((await push(replaced.body.siteToken, batch(id, 1, [visit(2, 2)]))).status, 401);
    assert.equal(await issued(site.id), 1, 'only the batch sent with a valid token counts');
  });

  test('malformed and oversized batches are refused whole; a batch sent twice counts once', async () => {
    const site = sites[0]!;
    const id = randomUUID();
    const malformed = await push(site.siteToken, { ...batch(id, 0, [visit(1, 1)]), visits: [{ ...visit(1, 1), name: 'Anna Andersson' }] });
    assert.equal(malformed.status, 400);
    assert.match(malformed.body.error, /name/);
    const twice = await push(site.siteToken, batch(id, 0, [visit(1, 1), visit(1, 2)]));
    assert.equal(twice.status, 400);
    assert.equal(twice.body.code, 'central-batch-invalid');
    assert.equal(await oversized(site.siteToken), 413);
    assert.equal(await issued(site.id), 0, 'nothing of the refused batches is stored');

    const first = batch(id, 0, [visit(1, 1), visit(2, 2, 'waiting')]);
    assert.deepEqual((await push(site.siteToken, first)).body, { acked: 2, databaseId: id });
    assert.deepEqual((await push(site.siteToken, first)).body, { acked: 2, databaseId: id }, 'a resend after a lost answer');
    // The waiting ticket is finished later: a newer seq of the same row replaces it, it is not a second ticket.
    assert.equal((await push(site.siteToken, batch(id, 2, [visit(2, 3)]))).status, 200);
    assert.equal(await issued(site.id), 2);
  });

  test('a batch out of order says where the site must go on from', async () => {
    const site = sites[0]!;
    const known = (await central.api('GET', '/api/sites')).body.find((s: { id: number }) => s.id === site.id);
    const gap = await push(site.siteToken, batch(known.databaseId, 9, [visit(3, 10)]));
    assert.deepEqual([gap.status, gap.body.code, gap.body.acked], [409, 'central-gap', 3], JSON.stringify(gap.body));
    const unknown = await push(site.siteToken, batch(randomUUID(), 5, [visit(3, 6)]));
    assert.deepEqual([unknown.status, unknown.body.code, unknown.body.acked], [409, 'central-resync', 0]);
    const rewound = await push(site.siteToken, batch(known.databaseId, 0, [visit(1, 1)], 1));
    assert.deepEqual([rewound.status, rewound.body.code, rewound.body.acked], [409, 'central-rewound', 0]);
    assert.equal(await issued(site.id), 2, 'no refused batch changed the figures');
  });

  test('the municipality defines the survey questions once; sites read them with their token', async () => {
    const before = await central.api('GET', '/api/central/survey-questions', undefined, { token: sites[0]!.siteToken });
    assert.equal(before.status, 200);
    assert.equal(before.body.updatedAt, null);
    const questions = before.body.questions.map((q: { texts: Record<string, string> }, i: number) => (i === 0 ? { ...q, texts: { ...q.texts, sv: 'Fick du hjälp med ditt ärende?' } } : q));
    assert.equal((await central.api('POST', '/api/central/survey-questions', { questions }, { token: sites[0]!.siteToken })).status, 403);
    assert.equal((await central.api('POST', '/api/central/survey-questions', { questions })).status, 200);
    const after = await central.api('GET', '/api/central/survey-questions', undefined, { token: sites[0]!.siteToken });
    assert.equal(after.body.questions[0].texts.sv, 'Fick du hjälp med ditt ärende?');
    assert.ok(after.body.updatedAt);
  });
});
