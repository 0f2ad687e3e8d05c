// A wall screen must never be left showing a queue that no longer exists: not when the hub behind its address was
// replaced by one with a fresh database (a restored backup, a reinstall), whose event numbers start lower.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.ts';
import { eventually, launchBrowser, openScreen, LANDSCAPE } from '../helpers/browser.ts';

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
