// What one address may hold of the hub: event streams and connections up to a configurable cap (a whole guest
// network behind NAT is one address), answered with a code beyond it; and a request that never finishes arriving
// or a connection left idle is closed instead of held for ever.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { FastifyInstance } from 'fastify';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { createServer } from '../../main/api/server.ts';
import { createHubContext } from '../../main/context.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';

/** Opens a stream; resolves with the socket once open, or with the refusal's status and body. */
function openStream(hub: RunningHub): Promise<{ socket: WebSocket } | { status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/events?after=0`, { headers: { authorization: `Bearer ${hub.token}` } });
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (request, response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
      });
    });
    socket.once('error', reject);
  });
}

const closeStream = (socket: WebSocket) => new Promise<void>((resolve) => (socket.once('close', () => resolve()), socket.close()));

/** A raw TCP connection and everything the hub sends on it until it closes. */
function rawConnection(url: string): { socket: Socket; received: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let text = '';
  socket.on('data', (chunk) => (text += chunk));
  const received = new Promise<string>((resolve) => socket.once('close', () => resolve(text)));
  socket.on('error', () => {});
  return { socket, received };
}

describe('caps per address', () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub({ args: ['--max-streams-per-address', '3', '--max-connections-per-address', '12'] });
  });
  after(() => hub?.stop());

  test('an address holds as many event streams as --max-streams-per-address allows, and gets 429 too-many-streams beyond', async () => {
    const open = [];
    for (let i = 0; i < 3; i++) {
      const stream = await openStream(hub);
      assert.ok('socket' in stream, `stream ${i + 1} of 3 opens`);
      open.push(stream.socket);
    }
    const refused = await openStream(hub);
    assert.ok('status' in refused);
    assert.equal(refused.status, 429);
    assert.equal(refused.body.code, 'too-many-streams');
    await closeStream(open.pop()!);
    const again = await openStream(hub);
    assert.ok('socket' in again, 'a closed stream frees its place');
    await Promise.all([...open, again.socket].map(closeStream));
  });

  test('connections beyond --max-connections-per-address are answered 503 too-many-connections and closed', async () => {
    const held: ReturnType<typeof rawConnection>[] = [];
    let refusal: string | undefined;
    // The test's own fetch pool may hold a connection or two as well, so the cap is met at the 13th or before.
    for (let i = 0; i < 13 && refusal === undefined; i++) {
      const connection = rawConnection(hub.url);
      held.push(connection);
      refusal = await Promise.race([connection.received, new Promise<undefined>((resolve) => setTimeout(resolve, 150))]);
    }
    assert.ok(refusal, 'the cap was reached');
    assert.match(refusal, /^HTTP\/1\.1 503/);
    assert.match(refusal, /"code":"too-many-connections"/);
    for (const { socket } of held) socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await hub.api('GET', '/api/health')).status, 200, 'freed connections are counted off');
  });
});

describe('timeouts', () => {
  const dataDir = makeDataDir();
  const db = openDatabase(dataDir);
  let server: FastifyInstance;
  let url: string;
  before(async () => {
    const limits = { headersTimeoutMs: 400, requestTimeoutMs: 600, idleTimeoutMs: 800, keepAliveTimeoutMs: 300 };
    server = await createServer(createHubContext(db, virtualTicketPrinter()), { apiToken: 'timeouts-token', setupCode: 'UNUSED', screensDir: join(dataDir, 'no-screens'), version: 'test', log: () => {}, limits });
    url = await server.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await server?.close();
    db.close();
    removeDataDir(dataDir);
  });

  test('a request whose headers never finish arriving is answered 408 and closed', async () => {
    const { socket, received } = rawConnection(url);
    socket.write('GET /api/health HTTP/1.1\r\nHost: hub\r\nX-Slow: ');
    const started = Date.now();
    const answer = await received;
    assert.match(answer, /^HTTP\/1\.1 408/);
    assert.match(answer, /"code":"request-timeout"/);
    assert.ok(Date.now() - started < 5_000);
  });

  test('a connection that sends nothing, or waits after its answer, is closed', async () => {
    const silent = rawConnection(url);
    assert.match(await silent.received, /^HTTP\/1\.1 408/, 'closed with a 408');
    const kept = rawConnection(url);
    kept.socket.write('GET /api/health HTTP/1.1\r\nHost: hub\r\n\r\n');
    assert.match(await kept.received, /^HTTP\/1\.1 200/, 'answered, then closed once idle');
  });
});
