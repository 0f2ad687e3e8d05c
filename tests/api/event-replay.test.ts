// Where a screen's stream starts and what it is told when the hub cannot catch it up: a long replay leaves the hub
// answering; without `after` it starts from now; an `after` older than the kept log (pruned at start-up) or beyond
// it (a restored backup) gets the resync message first, then every new event.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, callNext, takeTicket } from '../helpers/centre.ts';
import { collectEvents, type EventCollector } from '../helpers/events.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { seedEventHistory } from '../helpers/eventHistory.ts';
import { replayFromZero } from '../helpers/replay.ts';
import type { QueueSnapshot } from '../../common/schemas/tickets.ts';

const DAY_MS = 86_400_000;
const hubs: RunningHub[] = [];
const streams: EventCollector[] = [];
const dirs: string[] = [];
after(async () => {
  for (const stream of streams) await stream.close();
  for (const hub of hubs) await hub.stop();
  for (const dir of dirs) removeDataDir(dir);
});

async function hubOn(dataDir: string, token?: string): Promise<RunningHub> {
  const hub = await startHub({ dataDir, token });
  hubs.push(hub);
  return hub;
}
async function listen(hub: RunningHub, after: number | undefined): Promise<EventCollector> {
  const stream = await collectEvents(hub.url, after, hub.token);
  streams.push(stream);
  return stream;
}
const seqOf = async (hub: RunningHub) => (await hub.api<QueueSnapshot>('GET', '/api/queue')).body.seq;
const seqs = (stream: EventCollector) => stream.events.map((e) => e.seq);

test('while screens replay a long log from after=0, the hub keeps answering: a request waits a fraction of the replay', async () => {
  const dataDir = makeDataDir();
  dirs.push(dataDir);
  const { lastSeq } = seedEventHistory(dataDir, 10_000, Date.now() - DAY_MS);
  const hub = await hubOn(dataDir);
  // Once before: the first answer of a kind also compiles the test's own check of it against openapi.json.
  await hub.api('GET', '/api/health');
  const started = performance.now();
  const replays = Array.from({ length: 6 }, () => replayFromZero(hub.url, hub.token, lastSeq));
  let replaying = true;
  const everything = Promise.all(replays.map((replay) => replay.done)).finally(() => (replaying = false));
  let longestWait = 0;
  while (replaying) {
    const asked = performance.now();
    assert.equal((await hub.api('GET', '/api/health')).status, 200);
    longestWait = Math.max(longestWait, performance.now() - asked);
  }
  await everything;
  const replayMs = performance.now() - started;
  // Against the replay itself, so a slow machine slows both: a replay in one synchronous loop made the request wait
  // for all of it (a ratio of 1); in pages it waits a few of them.
  assert.ok(longestWait < replayMs / 4, `GET /api/health waited up to ${longestWait.toFixed(0)} ms during a ${replayMs.toFixed(0)} ms replay`);
  for (const replay of replays) assert.ok(replay.ordered() && replay.received() === lastSeq, 'every event once, in order');
});

test('a stream opened without after starts from now: no replay, then every new event', async () => {
  const hub = await hubOn(makeDataDir());
  dirs.push(hub.dataDir);
  const service = await addService(hub, 'Bygglov', 'B');
  await takeTicket(hub, service.id);
  const now = await seqOf(hub);
  const stream = await listen(hub, undefined);
  const ticket = await takeTicket(hub, service.id);
  const [first] = await stream.waitFor(1);
  assert.equal(stream.messages[0], first, 'no resync');
  assert.ok(first!.type === 'ticket.issued' && first.ticket.id === ticket.id && first.seq === now + 1, `the new ticket first: ${JSON.stringify(first)}`);
});

test('events older than eventRetentionDays are pruned at start-up; an after before the kept log gets resync, then new events', async () => {
  const dataDir = makeDataDir();
  dirs.push(dataDir);
  const old = seedEventHistory(dataDir, 1_000, Date.now() - 30 * DAY_MS);
  seedEventHistory(dataDir, 10, Date.now() - 60_000);
  const hub = await hubOn(dataDir);
  const last = await seqOf(hub);
  assert.ok(last >= old.lastSeq + 10, 'numbering is untouched by pruning');

  const caughtUp = await listen(hub, old.lastSeq);
  await caughtUp.waitFor(last - old.lastSeq);
  assert.equal(caughtUp.messages[0]?.type, 'ticket.called', 'right at the kept log: a plain replay, no resync');
  assert.deepEqual(seqs(caughtUp), Array.from({ length: last - old.lastSeq }, (_, i) => old.lastSeq + i + 1));

  for (const after of [0, old.lastSeq - 1]) {
    const lastNow = await seqOf(hub);
    const behind = await listen(hub, after);
    const service = await addService(hub, `Service ${after}`, after === 0 ? 'A' : 'C');
    await behind.waitFor(1);
    assert.deepEqual(behind.messages[0], { type: 'resync', seq: lastNow }, `after=${after}: resync first, from the last seq`);
    assert.ok(behind.events[0]?.type === 'service.created' && behind.events[0].service.id === service.id, `after=${after}: then the new event`);
    assert.equal(behind.events.length, 1, `after=${after}: none of the pruned or kept old events`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

test('after a backup is restored, a screen that reconnects with its last seq gets resync, then the calls that follow', async () => {
  const dataDir = makeDataDir();
  dirs.push(dataDir);
  let hub = await hubOn(dataDir);
  const service = await addService(hub, 'Pass', 'P');
  const desk = await addDesk(hub, 'Disk 1', [service.id]);
  await takeTicket(hub, service.id);
  const response = await fetch(`${hub.url}/api/backup`, { headers: { authorization: `Bearer ${hub.token}` } });
  assert.equal(response.status, 200);
  const backup = Buffer.from(await response.arrayBuffer());
  // The day goes on after the backup, and an open display follows it.
  const display = await listen(hub, await seqOf(hub));
  for (let i = 0; i < 5; i++) await takeTicket(hub, service.id);
  await display.waitFor(5);

  // The README's restore.
  await hub.stop();
  writeFileSync(join(dataDir, 'lotsa.sqlite'), backup);
  for (const sidecar of ['lotsa.sqlite-wal', 'lotsa.sqlite-shm']) rmSync(join(dataDir, sidecar), { force: true });
  hub = await hubOn(dataDir, hub.token);
  const restoredSeq = await seqOf(hub);
  assert.ok(restoredSeq < display.lastSeq(), 'the restored log ends before what the display saw');

  const back = await listen(hub, display.lastSeq());
  const called: string[] = [];
  for (let i = 0; i < 10; i++) {
    await takeTicket(hub, service.id);
    called.push((await callNext(hub, desk.id)).number);
    await atDesk(hub, desk.id, 'start');
    await atDesk(hub, desk.id, 'finish');
  }
  const total = (await seqOf(hub)) - restoredSeq;
  await back.waitFor(total);
  assert.deepEqual(back.messages[0], { type: 'resync', seq: restoredSeq });
  assert.deepEqual(
    back.events.flatMap((e) => (e.type === 'ticket.called' ? [e.ticket.number] : [])),
    called,
    'all 10 calls reach the reconnected display',
  );
});
