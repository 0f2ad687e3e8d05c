// The daily housekeeping in-process on a real SQLite file with a clock the test moves: nightly backups into the
// configured folder (one a night, the last N kept, each a working database) and booked names erased after the
// retention period, with one staff-only event.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { writeSetting } from '../../main/settings.ts';
import { createService } from '../../main/catalogue/services.ts';
import { issueTicket } from '../../main/queue/issueTicket.ts';
import { createAppointment, listAppointments } from '../../main/appointments/appointments.ts';
import { eraseExpiredNames } from '../../main/appointments/nameRetention.ts';
import { backupToFolderIfDue } from '../../main/backup/folderBackup.ts';
import { STAFF_ONLY_EVENT_TYPES, type HubEvent } from '../../common/schemas/events.ts';

const dir = mkdtempSync(join(tmpdir(), 'lotsa-core-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function centre(name: string, startIso: string) {
  let now = Date.parse(startIso);
  const db = openDatabase(join(dir, name));
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  writeSetting(db, 'timeZone', 'Europe/Stockholm');
  return { db, ctx, setTime: (iso: string) => (now = Date.parse(iso)) };
}

test('nightly backups: one a night into the folder, the newest N kept, each a database with the day’s tickets', async () => {
  const { db, ctx, setTime } = centre('nightly', '2026-11-20T09:00:00Z');
  const folder = join(dir, 'backups', 'lotsa');
  assert.equal(await backupToFolderIfDue(ctx), null, 'off by default');
  writeSetting(db, 'backupFolder', folder);
  writeSetting(db, 'backupKeep', 3);
  const service = createService(ctx, { name: 'Pass', prefix: 'P' });

  assert.ok(await backupToFolderIfDue(ctx), 'the first start with a folder backs up at once');
  setTime('2026-11-20T15:00:00Z');
  assert.equal(await backupToFolderIfDue(ctx), null, 'not again the same day');
  writeFileSync(join(folder, 'README.txt'), 'the centre’s own note');

  let last = '';
  for (const day of ['21', '22', '23', '24']) {
    setTime(`2026-11-${day}T01:20:00Z`); // 02:20 local: before the slot
    assert.equal(await backupToFolderIfDue(ctx), null, `${day}: not before 02:30`);
    await issueTicket(ctx, { serviceId: service.id }, 'http://hub.test');
    setTime(`2026-11-${day}T01:35:00Z`);
    last = (await backupToFolderIfDue(ctx)) ?? assert.fail(`${day}: no backup after 02:30`);
  }
  assert.deepEqual(readdirSync(folder).sort(), [
    'README.txt', 'lotsa-2026-11-22T01-35-00Z.sqlite', 'lotsa-2026-11-23T01-35-00Z.sqlite', 'lotsa-2026-11-24T01-35-00Z.sqlite',
  ]);
  const copy = new Database(last, { readonly: true });
  assert.deepEqual(copy.prepare('SELECT number FROM tickets ORDER BY id').pluck().all(), ['P001', 'P001', 'P001', 'P001'], 'one ticket each morning, in the copy');
  copy.close();
  db.close();
});

test('booked names are erased after the retention period, counted from the booked time, with one staff-only event', () => {
  const { db, ctx, setTime } = centre('retention', '2026-01-10T09:00:00Z');
  const service = createService(ctx, { name: 'Bygglov', prefix: 'B' });
  const early = createAppointment(ctx, { serviceId: service.id, startsAt: '2026-01-12T09:00:00Z', name: 'Anna Andersson' });
  createAppointment(ctx, { serviceId: service.id, startsAt: '2026-01-12T10:00:00Z' });
  const later = createAppointment(ctx, { serviceId: service.id, startsAt: '2026-01-20T09:00:00Z', name: 'Bo Berg' });
  const events: HubEvent[] = [];
  ctx.events.subscribe((event) => events.push(event));

  setTime('2026-02-11T08:59:00Z'); // 29 days 23:59 after the first booking
  assert.equal(eraseExpiredNames(ctx), 0);
  assert.equal(events.length, 0, 'no event when nothing is erased');

  setTime('2026-02-11T09:00:01Z');
  assert.equal(eraseExpiredNames(ctx), 1);
  const names = () => [...listAppointments(ctx, '2026-01-12'), ...listAppointments(ctx, '2026-01-20')].map((a) => [a.id, a.name]);
  assert.deepEqual(names().filter(([id]) => id === early.id || id === later.id), [[early.id, null], [later.id, 'Bo Berg']]);
  assert.equal(events.length, 1);
  const [event] = events;
  assert.equal(event?.type, 'appointments.names-erased');
  assert.ok(event?.type === 'appointments.names-erased' && event.count === 1);
  assert.ok(STAFF_ONLY_EVENT_TYPES.includes('appointments.names-erased'), 'never on a public screen');
  assert.ok(!JSON.stringify(event).includes('Anna'), 'the event does not carry the name it erased');

  writeSetting(db, 'nameRetentionDays', 1);
  assert.equal(eraseExpiredNames(ctx), 1, 'a shorter period applies at the next run');
  assert.ok(names().every(([, name]) => name === null));
  db.close();
});
