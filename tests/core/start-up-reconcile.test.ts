// What a hub finds when it starts after a crash, on a real SQLite file: a ticket whose print was still out becomes a
// failed print (interrupted) with one event, so the desk shows it and staff can reprint; nothing else is touched.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { createService } from '../../main/catalogue/services.ts';
import { issueTicket } from '../../main/queue/issueTicket.ts';
import { failInterruptedPrints } from '../../main/reconcileAtStart.ts';
import type { HubEvent } from '../../common/schemas/events.ts';

const dir = mkdtempSync(join(tmpdir(), 'lotsa-reconcile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('prints still queued at start are failed as interrupted, one event each; finished prints stay as they were', async () => {
  const db = openDatabase(dir);
  const ctx = createHubContext(db, virtualTicketPrinter());
  const service = createService(ctx, { name: 'Pass', prefix: 'P' });
  const ids: number[] = [];
  for (let i = 0; i < 3; i++) ids.push((await issueTicket(ctx, { serviceId: service.id }, 'http://hub.test')).id);
  // What a power cut leaves: two jobs sent to the printer with no outcome yet, one that had printed.
  const setPrint = db.prepare('UPDATE tickets SET print_status = ? WHERE id = ?');
  setPrint.run('queued', ids[0]);
  setPrint.run('printed', ids[1]);
  setPrint.run('queued', ids[2]);
  const lastSeq = ctx.events.lastSeq();
  db.close();

  const restarted = createHubContext(openDatabase(dir), virtualTicketPrinter());
  assert.equal(failInterruptedPrints(restarted), 2);
  const prints = restarted.db.prepare('SELECT id, print_status AS status, print_reason AS reason FROM tickets ORDER BY id').all();
  assert.deepEqual(prints, [
    { id: ids[0], status: 'failed', reason: 'interrupted' },
    { id: ids[1], status: 'printed', reason: null },
    { id: ids[2], status: 'failed', reason: 'interrupted' },
  ]);
  const told = restarted.events
    .pageAfter(lastSeq, 100)
    .map(({ json }) => JSON.parse(json) as HubEvent)
    .map((e) => e.type === 'ticket.print-status' && [e.ticketId, e.print]);
  assert.deepEqual(told, [[ids[0], { status: 'failed', reason: 'interrupted' }], [ids[2], { status: 'failed', reason: 'interrupted' }]]);
  assert.equal(failInterruptedPrints(restarted), 0, 'a second start finds nothing to do');
  restarted.db.close();
});
