// Credentials on a real SQLite file with a clock the test moves: a login lasts a working day, a pairing code a
// quarter of an hour, and a paired screen stays paired while another program holds the database.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { createUser } from '../../main/auth/users.ts';
import { sessionUser, startSession } from '../../main/auth/sessions.ts';
import { deviceByCredential, pairDevice, registerDevice } from '../../main/auth/devices.ts';
import Database from 'better-sqlite3';

const dir = mkdtempSync(join(tmpdir(), 'lotsa-core-'));
after(() => rmSync(dir, { recursive: true, force: true }));

let now = Date.parse('2026-11-24T07:30:00Z');
const ctx = createHubContext(openDatabase(dir), virtualTicketPrinter(), () => now);

test('a session lasts twelve hours from login, then the cookie opens nothing', async () => {
  const user = await createUser(ctx, { username: 'anna', password: 'a long enough password', role: 'staff' });
  const { credential, maxAgeSeconds } = startSession(ctx, user.id);
  assert.equal(maxAgeSeconds, 12 * 3600);
  now += 12 * 3600_000 - 1;
  assert.equal(sessionUser(ctx, credential)?.username, 'anna');
  now += 1;
  assert.equal(sessionUser(ctx, credential), undefined);
});

test('a pairing code expires after fifteen minutes unused', () => {
  const late = registerDevice(ctx, { role: 'kiosk', name: 'Late' });
  const prompt = registerDevice(ctx, { role: 'kiosk', name: 'Prompt' });
  now += 15 * 60_000 - 1;
  assert.equal(pairDevice(ctx, prompt.pairingCode)?.device.name, 'Prompt');
  now += 1;
  assert.equal(pairDevice(ctx, late.pairingCode), undefined);
});

test('a database locked by another program does not lock a paired screen out', () => {
  const code = registerDevice(ctx, { role: 'display', name: 'Hall' }).pairingCode;
  const { credential } = pairDevice(ctx, code)!;
  now += 3600_000; // long enough since last seen that the hub wants to note it again
  const other = new Database(join(dir, 'lotsa.sqlite'));
  ctx.db.pragma('busy_timeout = 50');
  other.exec('BEGIN EXCLUSIVE');
  try {
    assert.equal(deviceByCredential(ctx, credential)?.name, 'Hall');
  } finally {
    other.exec('ROLLBACK');
    other.close();
    ctx.db.pragma('busy_timeout = 5000');
  }
});
