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
import { queueSnapshot } from '../../main/queue/queueSnapshot.ts';
import { summary } from '../../main/reports/summary.ts';

const HUB = 'http://hub.test';
const dir = mkdtempSync(join(tmpdir(), 'lotsa-core-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('numbers restart at the new day and yesterday’s leftovers are not called this morning', async () => {
  let now = Date.parse('2026-11-24T15:50:00Z'); // 16:50 in Stockholm, near closing
  const db = openDatabase(dir);
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  writeSetting(db, 'timeZone', 'Europe/Stockholm');
  const service = createService(ctx, { name: 'Bygglov', prefix: 'B' });
  const desk = createDesk(ctx, { name: 'Disk 1', serviceIds: [service.id] });

  assert.equal((await issueTicket(ctx, { serviceId: service.id }, HUB)).number, 'B001');
  const leftover = await issueTicket(ctx, { serviceId: service.id }, HUB);
  assert.equal(leftover.number, 'B002');
  assert.equal(callNext(ctx, desk.id)?.number, 'B001');

  now = Date.parse('2026-11-24T23:05:00Z'); // 00:05 the next local day: a new business day
  assert.equal(queueSnapshot(ctx).waiting.length, 0, 'yesterday’s waiting ticket is not in today’s queue');
  assert.equal(queueSnapshot(ctx).called.length, 0, 'yesterday’s call does not hang on the display');
  const first = await issueTicket(ctx, { serviceId: service.id }, HUB);
  assert.equal(first.number, 'B001', 'numbering restarts');
  assert.equal(first.ahead, 0);
  assert.equal(callNext(ctx, desk.id)?.id, first.id, 'the desk calls today’s ticket, not yesterday’s leftover');

  const yesterday = summary(ctx, { from: '2026-11-24' });
  assert.equal(yesterday.ticketsIssued, 2);
  // B001 waited zero minutes; B002 was never called and waited far past the target: half within target.
  assert.equal(yesterday.wait.shareWithinTarget, 0.5);
  db.close();
});

test('a database reopened after a restart continues the day’s numbering', async () => {
  const now = Date.parse('2026-11-24T23:30:00Z');
  const db = openDatabase(dir);
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  assert.equal((await issueTicket(ctx, { serviceId: 1 }, HUB)).number, 'B002');
  db.close();
});
