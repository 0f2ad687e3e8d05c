// A change that has committed is never answered as "not changed": a failure after the commit says the change was
// made, a throwing event listener fails nothing, and the log the operator reads never holds a ?token= credential.
// The hub runs in this process on a real file, so the test can break its parts after the commit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../main/api/server.ts';
import { createHubContext } from '../../main/context.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';

describe('commit means success', () => {
  const dataDir = makeDataDir();
  const db = openDatabase(dataDir);
  const ctx = createHubContext(db, virtualTicketPrinter());
  const logged: string[] = [];
  const token = 'commit-means-success-token';
  let server: FastifyInstance;
  let serviceId: number;
  before(async () => {
    server = await createServer(ctx, { apiToken: token, setupCode: 'UNUSED', screensDir: join(dataDir, 'no-screens'), version: 'test', log: (line) => logged.push(line) });
    serviceId = (await request('POST', '/api/services', { name: 'Housing', prefix: 'A' })).body.id;
  });
  after(async () => {
    await server?.close();
    db.close();
    removeDataDir(dataDir);
  });

  async function request(method: 'GET' | 'POST', url: string, payload?: object) {
    const response = await server.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.json() };
  }
  const ticketCount = () => db.prepare('SELECT COUNT(*) FROM tickets').pluck().get() as number;

  test('a failure after the ticket is stored says the change was made', async () => {
    const print = ctx.printer.print;
    ctx.printer.print = () => {
      throw new Error('the printer driver broke');
    };
    try {
      const before = ticketCount();
      const answer = await request('POST', '/api/tickets', { serviceId });
      assert.equal(answer.status, 500);
      assert.equal(answer.body.code, 'answer-failed-after-change');
      assert.doesNotMatch(answer.body.error, /not made|nothing was changed/);
      assert.equal(ticketCount(), before + 1, 'the ticket is stored, as the answer says');
    } finally {
      ctx.printer.print = print;
    }
  });

  test('an event listener that throws fails no write', async () => {
    const unsubscribe = ctx.events.subscribe(() => {
      throw new Error('a broken listener');
    });
    try {
      assert.equal((await request('POST', '/api/tickets', { serviceId })).status, 201);
    } finally {
      unsubscribe();
    }
  });

  test('a ?token= credential never reaches the log', async () => {
    const calendar = ctx.calendar;
    ctx.calendar = () => {
      throw new Error('calendar unreadable');
    };
    try {
      const answer = await server.inject({ method: 'GET', url: `/api/appointments?token=${token}` });
      assert.equal(answer.statusCode, 500);
      assert.equal(answer.json().code, 'internal-error');
    } finally {
      ctx.calendar = calendar;
    }
    const line = logged.find((entry) => entry.includes('GET /api/appointments'));
    assert.ok(line, 'the failure is logged');
    assert.ok(!line.includes(token), line.split('\n')[0]);
    assert.ok(!logged.join('\n').includes(token));
  });
});
