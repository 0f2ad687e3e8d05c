// When the hub cannot write — another program holds the database, or the disk is full — the kiosk gets a sentence a
// visitor can act on (503), the hub stays up, nothing is half-stored, and once the trouble is gone numbering carries
// on from the last ticket anyone was handed: no gap, no repeat.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addService } from '../helpers/centre.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { createServer } from '../../main/api/server.ts';
import type { HubEvent } from '../../common/schemas/events.ts';
import type { QueueSnapshot, Ticket } from '../../common/schemas/tickets.ts';

const LOCKED = 'the database is locked by another program: nothing was changed. Please ask at the reception';
const FULL = "the hub's disk is full: nothing was changed. Please ask at the reception";
/** The hub's busy_timeout plus ample slack for a loaded CI machine: the kiosk must not hang. */
const ANSWER_WITHIN_MS = 15_000;

describe('database locked by another program', () => {
  let hub: RunningHub;
  after(async () => hub?.stop());

  test('the kiosk hears so within seconds, the hub stays up, and the next ticket takes the next number', async () => {
    hub = await startHub();
    const service = await addService(hub, 'Housing', 'A');
    const kiosk = await hub.pairDevice('kiosk');
    const issue = () => hub.api<Ticket>('POST', '/api/tickets', { serviceId: service.id }, { token: kiosk });
    assert.equal((await issue()).body.number, 'A001');

    // A second program (a backup tool, a curious technician's sqlite3 shell) takes the write lock.
    const other = new Database(join(hub.dataDir, 'lotsa.sqlite'));
    other.pragma('busy_timeout = 5000');

    // Held for a moment only: the hub waits its turn and the visitor never notices.
    other.exec('BEGIN EXCLUSIVE');
    const briefLock = new Promise<void>((released) =>
      setTimeout(() => {
        other.exec('ROLLBACK');
        released();
      }, 1_000),
    );
    const waited = await issue();
    await briefLock;
    assert.equal(waited.status, 201, JSON.stringify(waited.body));
    assert.equal(waited.body.number, 'A002');

    // Held past the hub's patience: a readable refusal instead of a hang, and nothing stored.
    other.exec('BEGIN EXCLUSIVE');
    const started = performance.now();
    let refused: Awaited<ReturnType<typeof issue>>;
    try {
      refused = await issue();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const answeredAfterMs = performance.now() - started;
    assert.equal(refused.status, 503);
    assert.deepEqual(refused.body, { error: LOCKED, code: 'database-locked' });
    assert.ok(answeredAfterMs < ANSWER_WITHIN_MS, `answered after ${answeredAfterMs.toFixed(0)} ms`);
    assert.match(hub.output(), /error on POST \/api\/tickets: SqliteError: database is locked/, 'the operator finds the cause in the hub’s log');

    assert.equal(hub.process.exitCode, null, 'the hub is still running');
    const next = await issue();
    assert.equal(next.status, 201, JSON.stringify(next.body));
    assert.equal(next.body.number, 'A003', 'the refused ticket used no number');
    const queue = await hub.api<QueueSnapshot>('GET', '/api/queue');
    assert.deepEqual(
      queue.body.waiting.map((t) => t.number),
      ['A001', 'A002', 'A003'],
    );
  });
});

// The hub in this process on a real file, so the test can cap the file: max_page_count holds for one connection only.
describe('disk full', () => {
  const dataDir = makeDataDir();
  const db = openDatabase(dataDir);
  const ctx = createHubContext(db, virtualTicketPrinter());
  const published: HubEvent[] = [];
  ctx.events.subscribe((event) => published.push(event));
  const logged: string[] = [];
  const token = 'storage-faults-token';
  let server: FastifyInstance;
  before(async () => {
    server = await createServer(ctx, { apiToken: token, setupCode: 'UNUSED', screensDir: join(dataDir, 'no-screens'), version: 'test', log: (line) => logged.push(line) });
  });
  after(async () => {
    await server?.close();
    db.close();
    removeDataDir(dataDir);
  });

  const request = async <T>(method: 'GET' | 'POST', url: string, payload?: object) => {
    const response = await server.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.json<T>() };
  };
  /** Everything a ticket leaves behind: its row and its event. */
  const stored = () => ({
    tickets: db.prepare('SELECT id, number, state FROM tickets ORDER BY id').all(),
    events: db.prepare('SELECT seq, type, body FROM events ORDER BY seq').all(),
  });

  test('the kiosk hears so, nothing is half-stored or announced, and tickets continue once space is freed', async () => {
    const service = await request<{ id: number }>('POST', '/api/services', { name: 'Housing', prefix: 'A' });
    const issue = () => request<Ticket & { error?: string }>('POST', '/api/tickets', { serviceId: service.body.id });
    assert.equal((await issue()).status, 201);

    // The file may not grow by a single page more: the first ticket that needs a new page finds the disk full.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    const handedOut: string[] = ['A001'];
    let before = stored();
    let refused: Awaited<ReturnType<typeof issue>> | undefined;
    for (let attempt = 0; attempt < 500 && !refused; attempt++) {
      const answer = await issue();
      if (answer.status === 201) {
        handedOut.push(answer.body.number);
        before = stored();
      } else refused = answer;
    }
    assert.ok(refused, 'the capped database never filled up');
    assert.equal(refused.status, 503);
    assert.deepEqual(refused.body, { error: FULL, code: 'disk-full' });
    assert.ok(logged.some((line) => line.includes('SqliteError: database or disk is full')), 'the operator finds the cause in the hub’s log');

    assert.deepEqual(stored(), before, 'the refused ticket left no row and no event');
    assert.deepEqual(
      published.filter((e) => e.type === 'ticket.issued').map((e) => (e as Extract<HubEvent, { type: 'ticket.issued' }>).ticket.number),
      handedOut,
      'screens heard of exactly the tickets visitors were handed',
    );
    const orphans = db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.type = 'ticket.issued' AND e.body ->> '$.ticket.id' = t.id))
              + (SELECT COUNT(*) FROM events e WHERE e.type = 'ticket.issued' AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.id = e.body ->> '$.ticket.id'))`,
      )
      .pluck()
      .get();
    assert.equal(orphans, 0, 'every ticket has its event and every event its ticket');
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');

    // Space is freed (the operator cleared the disk): the next visitor gets the next number.
    db.pragma('max_page_count = 4294967294');
    const next = await issue();
    assert.equal(next.status, 201, JSON.stringify(next.body));
    const expected = `A${String(handedOut.length + 1).padStart(3, '0')}`;
    assert.equal(next.body.number, expected, 'the refused ticket used no number');
    const queue = await request<QueueSnapshot>('GET', '/api/queue');
    assert.deepEqual(
      queue.body.waiting.map((t) => t.number),
      [...handedOut, expected],
    );
  });
});
