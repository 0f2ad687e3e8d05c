// Backup and restore as an administrator does them: download the database while kiosks keep issuing tickets, put the
// file alone into a new data folder as the README says, start a hub on it, and find every ticket acknowledged before
// the download began, with numbering carrying on and no number given twice.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addService, getTicket, takeTicket } from '../helpers/centre.ts';
import type { Ticket } from '../../common/schemas/tickets.ts';

describe('backup and restore', () => {
  let hub: RunningHub;
  const restoreDir = mkdtempSync(join(tmpdir(), 'lotsa-restore-'));
  const downloads = () => readdirSync(hub.dataDir).filter((name) => name.startsWith('download-'));

  before(async () => {
    hub = await startHub();
  });
  after(async () => {
    await hub?.stop();
    rmSync(restoreDir, { recursive: true, force: true });
  });

  test('without the token the backup is refused', async () => {
    const response = await hub.fetch('/api/backup');
    assert.equal(response.status, 401);
    assert.match(((await response.json()) as { error: string }).error, /roles: admin/);
  });

  test('a backup downloaded during a burst of tickets restores with every acknowledged ticket', async () => {
    const service = await addService(hub, 'Reception', 'R');
    const acknowledged: Ticket[] = [];
    for (let i = 0; i < 5; i++) acknowledged.push(await takeTicket(hub, service.id));
    let issuing = true;
    const kiosk = (async () => {
      while (issuing) acknowledged.push(await takeTicket(hub, service.id));
    })();
    await new Promise((r) => setTimeout(r, 100));

    const beforeDownload = [...acknowledged];
    const response = await hub.fetch('/api/backup', { headers: { authorization: `Bearer ${hub.token}` } });
    const file = Buffer.from(await response.arrayBuffer());
    await new Promise((r) => setTimeout(r, 100));
    issuing = false;
    await kiosk;

    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/vnd.sqlite3');
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="lotsa-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.sqlite"$/);
    assert.equal(file.subarray(0, 16).toString('latin1'), 'SQLite format 3\0');
    assert.ok(acknowledged.length > beforeDownload.length, 'tickets were issued while the backup was taken');
    assert.deepEqual(downloads(), [], 'the temporary snapshot is gone');

    // The README's restore: the file alone as lotsa.sqlite in the data folder (no -wal, no -shm), then start.
    writeFileSync(join(restoreDir, 'lotsa.sqlite'), file);
    const restored = await startHub({ dataDir: restoreDir });
    try {
      for (const ticket of beforeDownload) {
        assert.equal((await getTicket(restored, ticket.id)).number, ticket.number, `${ticket.number} is in the restored database`);
      }
      const inBackup = new Database(join(restoreDir, 'lotsa.sqlite'), { readonly: true });
      const numbers = inBackup.prepare('SELECT number FROM tickets').pluck().all() as string[];
      inBackup.close();
      assert.ok(numbers.length >= beforeDownload.length);
      const next = await takeTicket(restored, service.id);
      assert.equal(next.number, `R${String(numbers.length + 1).padStart(3, '0')}`, 'numbering continues after the last ticket in the backup');
      assert.ok(!numbers.includes(next.number), 'no number given twice');
    } finally {
      await restored.stop();
    }
  });

  test('a client that goes away mid-download leaves no temporary file behind', async () => {
    const abort = new AbortController();
    const response = await hub.fetch('/api/backup', { headers: { authorization: `Bearer ${hub.token}` }, signal: abort.signal });
    assert.equal(response.status, 200);
    abort.abort();
    for (let i = 0; i < 50 && downloads().length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(downloads(), []);
    assert.equal((await hub.api('GET', '/api/health')).status, 200, 'the hub carries on');
  });
});
