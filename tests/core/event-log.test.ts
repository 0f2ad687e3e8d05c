// The event log in-process on a real SQLite file: a listener that throws after a commit is reported and never turns
// the committed change into a failure; pruning keeps eventRetentionDays of events, in batches, and never the newest.
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
import { issueTicket } from '../../main/queue/issueTicket.ts';
import { pruneEvents } from '../../main/events/eventRetention.ts';
import { seedEventHistory } from '../helpers/eventHistory.ts';
import type { HubEvent } from '../../common/schemas/events.ts';

const DAY_MS = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'lotsa-core-events-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a listener that throws is logged; the ticket is issued, answered and heard by the other listeners', async (t) => {
  const db = openDatabase(join(dir, 'listeners'));
  const ctx = createHubContext(db, virtualTicketPrinter());
  const service = createService(ctx, { name: 'Pass', prefix: 'P' });
  const logged = t.mock.method(console, 'error', () => {});
  ctx.events.subscribe(() => {
    throw new Error('a screen’s socket broke');
  });
  const heard: HubEvent[] = [];
  ctx.events.subscribe((event) => heard.push(event));

  const ticket = await issueTicket(ctx, { serviceId: service.id }, 'http://hub.test');
  assert.equal(ticket.number, 'P001');
  assert.equal(db.prepare('SELECT number FROM tickets WHERE id = ?').pluck().get(ticket.id), 'P001', 'stored');
  assert.ok(heard.some((event) => event.type === 'ticket.issued' && event.ticket.id === ticket.id), 'the next listener still hears it');
  const lines = logged.mock.calls.map((call) => call.arguments.map(String).join(' '));
  assert.ok(lines.some((line) => /ticket\.issued/.test(line) && /socket broke/.test(line)), `logged: ${lines.join('\n')}`);
  db.close();
});

test('pruning deletes events older than eventRetentionDays, in batches, keeps numbering and never the newest event', async () => {
  const now = Date.parse('2026-06-30T10:00:00Z');
  const dataDir = join(dir, 'prune');
  // 12,000 events a minute apart from 40 days ago, then 3 from the last hour.
  const old = seedEventHistory(dataDir, 12_000, now - 40 * DAY_MS, 60_000);
  seedEventHistory(dataDir, 3, now - 3_600_000, 60_000);
  const db = openDatabase(dataDir);
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  const count = () => db.prepare('SELECT COUNT(*) FROM events').pluck().get() as number;

  writeSetting(db, 'eventRetentionDays', 60);
  assert.equal(await pruneEvents(ctx), 0, 'all within 60 days');

  writeSetting(db, 'eventRetentionDays', 35);
  // Events stamped before now - 35 days: the first 5 days of the 12,000 a minute apart.
  const keptFrom = Math.ceil((5 * DAY_MS) / 60_000);
  assert.equal(await pruneEvents(ctx), keptFrom, 'more than one batch');
  assert.equal(ctx.events.firstSeq(), keptFrom + 1);
  assert.equal(ctx.events.lastSeq(), old.lastSeq + 3);

  assert.equal(await pruneEvents(ctx), 0, 'again: nothing more');
  writeSetting(db, 'eventRetentionDays', 14);
  assert.equal(await pruneEvents(ctx), 12_000 - keptFrom, 'the rest of the old history; the last hour stays');
  assert.equal(count(), 3);

  const later = createHubContext(db, virtualTicketPrinter(), () => now + 30 * DAY_MS);
  await pruneEvents(later);
  assert.equal(count(), 1, 'the newest event stays, however old: it carries the last seq');
  createService(later, { name: 'Bygglov', prefix: 'B' });
  assert.equal(later.events.lastSeq(), old.lastSeq + 4, 'numbering carries on');
  db.close();
});
