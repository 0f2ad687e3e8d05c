// Each screen must run under the hub's own strict Content-Security-Policy: no inline script or style sneaks in.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { startHubAndBrowser, stopHubAndBrowser, openScreen } from '../helpers/browser.ts';

describe('screens under the hub’s CSP', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    const serviceId = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    await hub.api('POST', '/api/desks', { name: 'Disk 1', serviceIds: [serviceId] });
  });
  after(() => stopHubAndBrowser(hub, browser));

  for (const path of ['/kiosk', '/display', '/desk?desk=1&token=TOKEN', '/survey', '/admin?token=TOKEN']) {
    test(`${path.split('?')[0]} renders with no refusal or error`, async () => {
      const { page, problems } = await openScreen(browser, hub.url + path.replace('TOKEN', hub.token));
      const policy = (await fetch(hub.url + path.split('?')[0])).headers.get('content-security-policy') ?? '';
      assert.match(policy, /script-src 'self'/, 'the hub sends its CSP');
      assert.match(policy, /style-src 'self'/);
      // Loaded once the heading is there and the loading note is gone (each screen fetches from the hub first).
      await page.waitForFunction(() => document.querySelector('main h1') !== null && !document.body.innerText.includes('Laddar…'));
      assert.ok((await page.locator('main').innerText()).length > 20, 'the screen shows its content');
      assert.deepEqual(problems, []);
    });
  }
});
