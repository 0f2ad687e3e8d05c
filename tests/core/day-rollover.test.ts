// The hub's core in-process on a real SQLite file with a clock the test moves: what happens across midnight.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { writeSetting } from '../../main/settings.ts';
import { createService } from '../../main/catalogue/services.ts';
import { createDesk } from '../../main/catalogue/desks.ts';
import { issueTicket } from '../../main/queue/issueTicket.ts';
import { callNext } from '../../main/queue/deskCalls.ts';
import { turnBusinessDay } from '../../main/queue/businessDays.ts';
import { queueSnapshot } from '../../main/queue/queueSnapshot.ts';
import { summary } from '../../main/reports/summary.ts';

const HUB = 'http://hub.test';
const dir = mkdtempSync(join(tmpdir(), 'lotsa-core-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('numbers restart at the new day; a visitor waiting at midnight is still called, and closed unserved in the night', async () => {
  let now = Date.parse('2026-11-24T22:50:00Z'); // 23:50 in Stockholm, a late evening
  const db = openDatabase(dir);
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  writeSetting(db, 'timeZone', 'Europe/Stockholm');
  const service = createService(ctx, { name: 'Bygglov', prefix: 'B' });
  const desk = createDesk(ctx, { name: 'Disk 1', serviceIds: [service.id] });

  assert.equal((await issueTicket(ctx, { serviceId: service.id }, HUB)).number, 'B001');
  const lateVisitor = await issueTicket(ctx, { serviceId: service.id }, HUB);
  const leftover = await issueTicket(ctx, { serviceId: service.id }, HUB);
  assert.equal(leftover.number, 'B003');
  assert.equal(callNext(ctx, desk.id)?.number, 'B001');

  now = Date.parse('2026-11-24T23:05:00Z'); // 00:05 the next local day: a new business day
  assert.equal(turnBusinessDay(ctx).opened?.day, '2026-11-25');
  const snapshot = queueSnapshot(ctx);
  assert.equal(snapshot.day, '2026-11-25');
  assert.deepEqual(snapshot.waiting.map((t) => t.number), ['B002', 'B003'], 'nobody vanishes from the line at midnight');
  assert.deepEqual(snapshot.called.map((t) => t.number), ['B001'], 'the visit under way stays at its desk');
  const first = await issueTicket(ctx, { serviceId: service.id }, HUB);
  assert.equal(first.number, 'B001', 'numbering restarts');
  assert.equal(first.ahead, 2, 'the visitors from before midnight are ahead');
  assert.equal(callNext(ctx, desk.id)?.id, lateVisitor.id, 'the desk calls the visitor who came before midnight');

  now = Date.parse('2026-11-25T01:25:00Z'); // 02:25: not yet the quiet hour
  assert.equal(turnBusinessDay(ctx).notServed, 0);
  now = Date.parse('2026-11-25T01:35:00Z'); // 02:35: yesterday's leftovers are closed, today's ticket stays
  assert.deepEqual(turnBusinessDay(ctx), { opened: null, notServed: 1, notesErased: 0 });
  assert.deepEqual(queueSnapshot(ctx).waiting.map((t) => t.id), [first.id]);

  const yesterday = summary(ctx, { from: '2026-11-24' });
  assert.equal(yesterday.ticketsIssued, 3);
  assert.equal(yesterday.notServed, 1);
  db.close();
});

test('a database reopened after a restart continues the day’s numbering', async () => {
  const now = Date.parse('2026-11-24T23:30:00Z');
  const db = openDatabase(dir);
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  assert.equal((await issueTicket(ctx, { serviceId: 1 }, HUB)).number, 'B002', 'the 25th already has its B001');
  db.close();
});
