// Backup and restore as an administrator does them: download the database while kiosks keep issuing tickets, put the
// file alone into a new data folder as the README says, start a hub on it, and find every ticket acknowledged before
// the download began, with numbering carrying on and no number given twice.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addService, getTicket, takeTicket } from '../helpers/centre.ts';
import type { Ticket } from '../../common/schemas/tickets.ts';

const downloads = (dataDir: string) => readdirSync(dataDir).filter((name) => name.startsWith('download-'));
const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((wait) => setTimeout(wait, 20));
};

describe('backup and restore', () => {
  let hub: RunningHub;
  const restoreDir = mkdtempSync(join(tmpdir(), 'lotsa-restore-'));

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
    assert.deepEqual(downloads(hub.dataDir), [], 'the temporary snapshot is gone');

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
    await until(() => downloads(hub.dataDir).length === 0);
    assert.deepEqual(downloads(hub.dataDir), []);
    assert.equal((await hub.api('GET', '/api/health')).status, 200, 'the hub carries on');
  });
});

/** A GET /api/backup on a socket of its own: `headers` resolves when the answer starts (it is then left unread). */
function openDownload(hub: RunningHub) {
  const { hostname, port } = new URL(hub.url);
  const req = request({ host: hostname, port, path: '/api/backup', headers: { authorization: `Bearer ${hub.token}` }, agent: false });
  req.on('error', () => {}); // the test closes these sockets on purpose
  const headers = new Promise<number>((answered) => req.once('response', (res) => (res.pause(), answered(res.statusCode!))));
  req.end();
  return { headers, close: () => req.destroy() };
}

describe('backup copies nobody will read', () => {
  // 90 days of visits: a database big enough (several MB) that an unread download cannot fit in the socket's buffers.
  const dataDir = mkdtempSync(join(tmpdir(), 'lotsa-downloads-'));
  const backupFolder = mkdtempSync(join(tmpdir(), 'lotsa-nightly-'));
  let hub: RunningHub;
  before(async () => {
    hub = await startHub({ dataDir, args: ['--demo-days', '90'] });
  });
  after(async () => {
    await hub?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(backupFolder, { recursive: true, force: true });
  });

  test('downloads closed before the snapshot is ready, or left unread and then closed, leave no copy', async () => {
    const early = Array.from({ length: 5 }, () => openDownload(hub));
    await new Promise((sent) => setTimeout(sent, 20));
    for (const download of early) download.close();
    const unread = Array.from({ length: 5 }, () => openDownload(hub));
    assert.deepEqual(await Promise.all(unread.map((download) => download.headers)), [200, 200, 200, 200, 200]);
    assert.ok(downloads(dataDir).length > 0, 'copies exist while their callers are connected');
    for (const download of unread) download.close();
    await until(() => downloads(dataDir).length === 0);
    assert.deepEqual(downloads(dataDir), [], 'every copy deleted once its socket closed');
  });

  test('copies left by a hub killed mid-download, and a half-written nightly backup, are swept at the next start', async () => {
    assert.equal((await hub.api('POST', '/api/settings', { backupFolder })).status, 200);
    const unread = Array.from({ length: 3 }, () => openDownload(hub));
    await Promise.all(unread.map((download) => download.headers));
    await hub.kill9();
    for (const download of unread) download.close();
    assert.equal(downloads(dataDir).length, 3, 'a killed hub cannot clean up');
    // What a hub killed mid-way through the nightly backup leaves, beside a finished backup and someone's own file.
    const halfWritten = 'lotsa-2026-11-24T01-35-00Z.sqlite.partial';
    for (const name of [halfWritten, 'lotsa-2026-11-23T01-35-00Z.sqlite', 'notes.partial']) writeFileSync(join(backupFolder, name), 'x');

    hub = await startHub({ dataDir });
    assert.deepEqual(downloads(dataDir), [], 'the download copies are gone');
    const kept = readdirSync(backupFolder);
    assert.ok(!kept.includes(halfWritten), 'the half-written backup is gone');
    assert.ok(kept.includes('lotsa-2026-11-23T01-35-00Z.sqlite') && kept.includes('notes.partial'), `finished backups and other files stay: ${kept}`);
  });
});
