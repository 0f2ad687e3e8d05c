// The hub's side of store and forward (issue 17) against a small central receiver in this file that holds each body
// to CentralPushBody and answers as common/schemas/central.ts says: 200 { acked }, 401, 409 central-gap/-resync,
// 503. Real hub processes, real SQLite files; the end-to-end test with the real central service is separate.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CentralPushBody, CentralVisit, type CentralHealth } from '../../common/schemas/central.ts';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, callNext, takeTicket, atDesk } from '../helpers/centre.ts';

const SITE_TOKEN = 'site-token-for-tests';

interface Receiver {
  url: string;
  /** What each answer is: 'ok' stores and acknowledges, 'down' answers 503, 'refuse' 401 for every token. */
  mode: 'ok' | 'down' | 'refuse';
  /** Valid bodies received, in order (also the ones answered 409 or 503). */
  bodies: CentralPushBody[];
  invalid: string[];
  /** What GET /api/central/survey-questions answers. */
  questions: { questions: unknown[]; updatedAt: string | null };
  /** The codes of the 409s answered. */
  conflicts: string[];
  /** The rows held per database identity, keyed "visit:id" / "response:id", and what was acknowledged. */
  held: Map<string, { acked: number; rows: Map<string, { seq: number; row: unknown }> }>;
  /** As a central service restored from its own older backup: it holds nothing of the site's but knows it. */
  forget(): void;
  close(): Promise<void>;
}

async function startReceiver(token = SITE_TOKEN): Promise<Receiver> {
  const receiver: Omit<Receiver, 'url' | 'close'> = {
    mode: 'ok',
    bodies: [],
    invalid: [],
    conflicts: [],
    questions: { questions: [], updatedAt: null },
    held: new Map(),
    forget: () => receiver.held.forEach((site) => ((site.acked = 0), site.rows.clear())),
  };
  const server: Server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      const answer = (status: number, body: { code?: string; [field: string]: unknown }) => {
        if (status === 409) receiver.conflicts.push(body.code!);
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.url === '/api/central/survey-questions' && request.headers.authorization === `Bearer ${token}`) return answer(200, receiver.questions);
      if (request.url !== '/api/central/push') return answer(404, { error: 'no such endpoint', code: 'no-such-endpoint' });
      if (receiver.mode === 'refuse' || request.headers.authorization !== `Bearer ${token}`) return answer(401, { error: 'the site token is not valid', code: 'token-invalid' });
      const parsed = CentralPushBody.safeParse(JSON.parse(text));
      if (!parsed.success) {
        receiver.invalid.push(parsed.error.message);
        return answer(400, { error: parsed.error.message, code: 'invalid-input' });
      }
      const body = parsed.data;
      receiver.bodies.push(body);
      if (receiver.mode === 'down') return answer(503, { error: 'restarting', code: 'unavailable' });
      let site = receiver.held.get(body.databaseId);
      if (!site && body.fromSeq !== 0) return answer(409, { error: 'a new identity starts at 0', code: 'central-resync', acked: 0 });
      if (site && body.fromSeq > site.acked) return answer(409, { error: 'a gap', code: 'central-gap', acked: site.acked });
      if (body.fromSeq === 0) receiver.held.set(body.databaseId, (site = { acked: 0, rows: new Map() }));
      for (const visit of body.visits) site!.rows.set(`visit:${visit.id}`, { seq: visit.seq, row: visit });
      for (const row of body.responses) site!.rows.set(`response:${row.id}`, { seq: row.seq, row });
      site!.acked = body.toSeq;
      answer(200, { acked: body.toSeq, databaseId: body.databaseId });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }) as Receiver;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const central = async (hub: RunningHub) => (await hub.api<{ central: CentralHealth }>('GET', '/api/health')).body.central;
const inState = (hub: RunningHub, state: CentralHealth['state']) => until(`central state ${state}`, async () => ((await central(hub)).state === state ? central(hub) : undefined));

const receivers: Receiver[] = [];
const hubs: RunningHub[] = [];
after(async () => {
  await Promise.all(hubs.map((hub) => hub.stop()));
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function siteWith(receiver: Receiver, args: string[] = [], dataDir?: string): Promise<RunningHub> {
  const hub = await startHub({ ...(dataDir ? { dataDir } : {}), args: ['--central', receiver.url, '--site-token', SITE_TOKEN, '--central-retry-ms', '100', ...args] });
  hubs.push(hub);
  return hub;
}

describe('the push to the central service', () => {
  test('only what reports need leaves the site: no number, no note, comments only when the centre allows it', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const hub = await siteWith(receiver);
    const service = await addService(hub, 'Bygglov', 'B');
    const desk = await addDesk(hub, 'Lucka 1', [service.id]);
    const ticket = await takeTicket(hub, service.id);
    assert.equal((await hub.api('POST', `/api/tickets/${ticket.id}/needs`, { needs: { urgent: true }, note: 'SECRET-NOTE about the visitor' })).status, 200);
    await callNext(hub, desk.id);
    await atDesk(hub, desk.id, 'finish');
    assert.equal((await hub.api('POST', '/api/survey', { answers: [5, 4, null, 3, 5], comment: 'PRIVATE-COMMENT', ticketId: ticket.id })).status, 201);

    const synced = await inState(hub, 'synced');
    assert.equal(synced.pending, 0);
    assert.ok(synced.lastSyncAt);
    const sent = JSON.stringify(receiver.bodies);
    assert.ok(!sent.includes('SECRET-NOTE') && !sent.includes('PRIVATE-COMMENT') && !sent.includes(ticket.number), 'no note, comment or ticket number leaves the site');
    assert.deepEqual(receiver.invalid, []);
    const site = [...receiver.held.values()][0]!;
    const visit = CentralVisit.parse(site.rows.get(`visit:${ticket.id}`)!.row);
    assert.equal(visit.state, 'finished');
    assert.equal(visit.deskId, desk.id);
    assert.deepEqual((site.rows.get('response:1')!.row as { answers: unknown }).answers, [5, 4, null, 3, 5]);
    const last = receiver.bodies.at(-1)!;
    assert.deepEqual(last.site.services, [{ id: service.id, name: 'Bygglov' }]);
    assert.deepEqual(last.site.desks, [{ id: desk.id, name: 'Lucka 1' }]);

    // The token is write-only: the settings say only that one is saved.
    const settings = await hub.api('POST', '/api/settings', { centralShareComments: true, centralSiteToken: 'a-saved-token-1234' });
    assert.equal(settings.status, 200);
    assert.equal(settings.body.centralSiteTokenSet, true);
    assert.ok(!JSON.stringify(settings.body).includes('a-saved-token-1234'));
    assert.equal((await hub.api('POST', '/api/survey', { answers: [1, 1, 1, 1, 1], comment: 'SHARED-COMMENT' })).status, 201);
    await until('the shared comment', async () => JSON.stringify(receiver.bodies).includes('SHARED-COMMENT'));

    // Central survey questions, once the site opts in: taken over at the next sync, the idle reset kept.
    const own = (await hub.api('GET', '/api/survey/config')).body;
    const texts = { sv: 'Fick du hjälp med det du kom för?', en: 'Did you get help with what you came for?' };
    receiver.questions = { questions: own.questions.map((q: { id: number }) => (q.id === 1 ? { ...q, texts } : q)), updatedAt: '2026-12-01T08:00:00.000Z' };
    assert.equal((await hub.api('POST', '/api/settings', { centralSurveyQuestions: true })).status, 200);
    await takeTicket(hub, service.id);
    const taken = await until('the central questions', async () => {
      const config = (await hub.api('GET', '/api/survey/config')).body;
      return config.questions.find((q: { id: number }) => q.id === 1).texts.sv === texts.sv && config;
    });
    assert.equal(taken.idleResetSeconds, own.idleResetSeconds);
  });

  test('a site that could not reach the central service catches up in order, with no gap, when it returns', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    receiver.mode = 'down';
    const hub = await siteWith(receiver);
    const service = await addService(hub, 'Parkering', 'P');
    const tickets = [];
    for (let i = 0; i < 30; i++) tickets.push(await takeTicket(hub, service.id));
    const offline = await inState(hub, 'offline');
    assert.equal(offline.pending, 30);
    assert.equal(offline.lastSyncAt, null);

    receiver.mode = 'ok';
    await inState(hub, 'synced');
    const site = [...receiver.held.values()][0]!;
    assert.deepEqual(tickets.map((t) => site.rows.has(`visit:${t.id}`)), tickets.map(() => true));
    const stored = receiver.bodies.filter((body) => body.toSeq > body.fromSeq);
    stored.reduce((acked, body) => {
      assert.ok(body.fromSeq <= acked, `a batch from ${body.fromSeq} after ${acked} was acknowledged`);
      return body.toSeq;
    }, 0);

    // The central service lost what it held: its central-gap answer says where to resend from.
    receiver.forget();
    const again = await takeTicket(hub, service.id);
    await until('the resend from 0', async () => [...receiver.held.values()][0]?.rows.has(`visit:${again.id}`));
    assert.equal([...receiver.held.values()][0]!.rows.size, 31);
    assert.deepEqual(receiver.conflicts, ['central-gap']);
  });

  test('a refused site token shows as refused until a valid one is saved', async () => {
    const receiver = await startReceiver('the-new-site-token');
    receivers.push(receiver);
    // No --site-token: the setting's token is used.
    const hub = await startHub({ args: ['--central', receiver.url, '--central-retry-ms', '100'] });
    hubs.push(hub);
    assert.equal((await central(hub)).state, 'off');
    await takeTicket(hub, (await addService(hub, 'Skola', 'S')).id);
    assert.equal((await hub.api('POST', '/api/settings', { centralSiteToken: 'a-revoked-site-token' })).status, 200);
    assert.equal((await inState(hub, 'refused')).pending, 1);
    assert.equal((await hub.api('POST', '/api/settings', { centralSiteToken: 'the-new-site-token' })).status, 200);
    assert.equal((await inState(hub, 'synced')).pending, 0);
  });

  test('a hub restored from a backup pushes everything again from 0 under a new database identity', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const dataDir = mkdtempSync(join(tmpdir(), 'lotsa-central-restore-'));
    try {
      const hub = await siteWith(receiver, [], dataDir);
      const service = await addService(hub, 'Vård', 'V');
      await takeTicket(hub, service.id);
      await inState(hub, 'synced');
      const before = receiver.bodies.at(-1)!.databaseId;
      const backup = await hub.fetch('/api/backup', { headers: { authorization: `Bearer ${hub.token}` } });
      assert.equal(backup.status, 200);
      const copy = Buffer.from(await backup.arrayBuffer());
      await takeTicket(hub, service.id);
      await inState(hub, 'synced');
      hubs.splice(hubs.indexOf(hub), 1);
      await hub.stop();

      const restoredDir = mkdtempSync(join(tmpdir(), 'lotsa-central-restored-'));
      writeFileSync(join(restoredDir, 'lotsa.sqlite'), copy);
      const restored = await siteWith(receiver, [], restoredDir);
      await inState(restored, 'synced');
      const fresh = receiver.bodies.filter((body) => body.databaseId !== before);
      assert.ok(fresh.length > 0, 'the restored hub pushed under a new identity');
      assert.equal(fresh[0]!.fromSeq, 0);
      assert.equal(receiver.held.get(fresh[0]!.databaseId)!.rows.size, 1, 'the restored site holds the one ticket of its backup');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
