// Each screen must run under the hub's own strict Content-Security-Policy: no inline script or style sneaks in.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import type { DeviceRole } from '../../common/schemas/auth.ts';
import { startHubAndBrowser, stopHubAndBrowser, openScreen, openPairedScreen } from '../helpers/browser.ts';

describe('screens under the hub’s CSP', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    const serviceId = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    await hub.api('POST', '/api/desks', { name: 'Disk 1', serviceIds: [serviceId] });
  });
  after(() => stopHubAndBrowser(hub, browser));

  // How each screen is opened: as a paired device, with the token, or with no credential at all (the auth gate's
  // pairing, login and setup forms).
  const openings: { path: string; as: 'device' | 'token' | 'nobody' }[] = [
    { path: '/kiosk', as: 'device' },
    { path: '/display', as: 'device' },
    { path: '/survey', as: 'device' },
    { path: '/desk?desk=1', as: 'token' },
    { path: '/admin', as: 'token' },
    { path: '/kiosk', as: 'nobody' },
    { path: '/desk', as: 'nobody' },
    { path: '/admin', as: 'nobody' },
  ];
  for (const { path, as } of openings) {
    test(`${path.split('?')[0]} opened by ${as} renders with no refusal or error`, async () => {
      const url = hub.url + path;
      const { page, problems } =
        as === 'device'
          ? await openPairedScreen(browser, hub, path.slice(1) as DeviceRole, url)
          : await openScreen(browser, as === 'token' ? `${url}${url.includes('?') ? '&' : '?'}token=${hub.token}` : url);
      const policy = (await fetch(hub.url + path.split('?')[0])).headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'/, 'the hub sends its CSP');
      assert.match(policy, /style-src 'self'/);
      // Loaded once the heading is there and the loading note is gone (each screen fetches from the hub first).
      await page.waitForFunction(() => document.querySelector('main h1') !== null && !document.body.innerText.includes('Laddar…'));
      assert.ok((await page.locator('main').innerText()).length > 20, 'the screen shows its content');
      assert.deepEqual(problems, []);
    });
  }

  test('/api/docs shows every operation of openapi.json, with nothing fetched from anywhere but the hub', async () => {
    const context = await browser.newContext();
    const elsewhere: string[] = [];
    await context.route('**', (route) => (route.request().url().startsWith(hub.url) ? route.continue() : (elsewhere.push(route.request().url()), route.abort())));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    await page.goto(`${hub.url}/api/docs`);
    const contract = (await hub.api<{ paths: Record<string, object>; webhooks?: Record<string, object> }>('GET', '/api/openapi.json')).body;
    // The webhook deliveries the hub makes are shown as operations too (OpenAPI 3.1's webhooks).
    const operations = [...Object.values(contract.paths), ...Object.values(contract.webhooks ?? {})].reduce((sum, methods) => sum + Object.keys(methods).length, 0);
    await page.waitForFunction((count) => document.querySelectorAll('.opblock').length === count, operations);
    assert.match(await page.locator('.info .title').innerText(), /Lotsa hub API/);
    await page.locator('#operations-Tickets-postTickets .opblock-summary').click();
    await page.getByText('Take a ticket for a service (the kiosk tap)').first().waitFor();
    await page.locator('#operations-Tickets-postTickets .responses-table').waitFor();
    assert.deepEqual(problems, []);
    assert.deepEqual(elsewhere, []);
    await context.close();
  });
});
