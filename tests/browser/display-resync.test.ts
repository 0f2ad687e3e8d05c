// A screen must never be left showing a queue that no longer exists, nor go deaf: not when the hub behind its address
// was replaced by one with a fresh database (a reinstall) or a restored backup, whose event numbers end lower.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.ts';
import { eventually, launchBrowser, openScreen, LANDSCAPE } from '../helpers/browser.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';

const hubs: RunningHub[] = [];
let proxy: TcpProxy | undefined;
let browser: Browser | undefined;
after(async () => {
  await browser?.close();
  await proxy?.close();
  for (const hub of hubs) await hub.stop();
});

async function centre(hub: RunningHub): Promise<{ serviceId: number; deskId: number }> {
  const serviceId = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
  const deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 3', serviceIds: [serviceId] })).body.id;
  return { serviceId, deskId };
}

test('a display whose hub is replaced by one with a fresh database follows the new queue', async () => {
  const first = await startHub();
  hubs.push(first);
  const old = await centre(first);
  for (let i = 0; i < 8; i++) await first.api('POST', '/api/tickets', { serviceId: old.serviceId });
  await first.api('POST', `/api/desks/${old.deskId}/next`, {});
  proxy = await startTcpProxy(first.url);
  browser = await launchBrowser();
  // The token, which both hubs share, rather than a pairing: a fresh database knows no paired screens.
  const { page } = await openScreen(browser, `${proxy.url}/display?token=${first.token}`, { viewport: LANDSCAPE });
  await eventually(async () => assert.match(await page.locator('.current').innerText(), /B001/));

  const second = await startHub({ token: first.token });
  hubs.push(second);
  const fresh = await centre(second);
  proxy.cut();
  proxy.retarget(second.url);
  proxy.restore();
  await second.api('POST', '/api/tickets', { serviceId: fresh.serviceId });
  await second.api('POST', '/api/tickets', { serviceId: fresh.serviceId });
  assert.equal((await second.api('POST', `/api/desks/${fresh.deskId}/next`, {})).status, 200);
  await second.api('POST', `/api/desks/${fresh.deskId}/next`, {});

  // The new hub's second call is B002 at seq 6, far below the old hub's seq: only a resync can show it.
  await eventually(async () => assert.match(await page.locator('.current').innerText(), /B002/), 15_000);
  const waiting = page.locator('.waiting__row', { hasText: 'Bygglov' });
  await eventually(async () => assert.equal(await waiting.locator('dd').innerText(), '0'));
});

test('a desk page follows one event stream; after a backup is restored, its queue and its alarm banner hear the new events', async () => {
  const dataDir = makeDataDir();
  after(() => removeDataDir(dataDir));
  const first = await startHub({ dataDir });
  hubs.push(first);
  const { serviceId, deskId } = await centre(first);
  const otherDesk = (await first.api('POST', '/api/desks', { name: 'Disk 4', serviceIds: [serviceId] })).body.id;
  for (let i = 0; i < 2; i++) await first.api('POST', '/api/tickets', { serviceId });
  const backup = await fetch(`${first.url}/api/backup`, { headers: { authorization: `Bearer ${first.token}` } });
  const file = Buffer.from(await backup.arrayBuffer());
  // The day goes on after the backup: the events the desk sees number beyond the backup's last.
  for (let i = 0; i < 6; i++) await first.api('POST', '/api/tickets', { serviceId });
  await first.api('POST', `/api/desks/${otherDesk}/next`, {});

  const relay = await startTcpProxy(first.url);
  after(() => relay.close());
  browser ??= await launchBrowser();
  const { page, sockets } = await openScreen(browser, `${relay.url}/desk?desk=${deskId}&token=${first.token}`);
  const waiting = page.locator('.service-queues tbody tr', { hasText: 'Bygglov' }).locator('td').first();
  await eventually(async () => assert.equal(await waiting.innerText(), '7'));
  await first.api('POST', '/api/tickets', { serviceId });
  await eventually(async () => assert.equal(await waiting.innerText(), '8'));
  assert.deepEqual(sockets.filter((url) => url.includes('/api/events')).length, 1, `one event stream for the queue, the desk, the alarm and the printer: ${sockets.join(', ')}`);

  // The README's restore: stop, put the backup in place, start.
  await first.stop();
  writeFileSync(join(dataDir, 'lotsa.sqlite'), file);
  for (const sidecar of ['lotsa.sqlite-wal', 'lotsa.sqlite-shm']) rmSync(join(dataDir, sidecar), { force: true });
  const restored = await startHub({ dataDir, token: first.token });
  hubs.push(restored);
  relay.retarget(restored.url);

  await eventually(async () => assert.equal(await waiting.innerText(), '2'), 20_000);
  for (let i = 0; i < 2; i++) await restored.api('POST', '/api/tickets', { serviceId });
  assert.equal((await restored.api('POST', `/api/desks/${otherDesk}/next`, {})).status, 200);
  assert.equal((await restored.api('POST', `/api/desks/${otherDesk}/alarm`)).status, 200);
  await eventually(async () => assert.equal(await waiting.innerText(), '3'));
  await page.getByRole('alert').filter({ hasText: 'Tyst larm vid Disk 4' }).waitFor({ timeout: 10_000 });
});
