// The hidden admin exit as a user of the Electron shell meets it. Chromium stands in for the window: the shell's
// preload is replaced by an init script putting the same one-function bridge on window.lotsaShell.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import type { DeviceRole } from '../../common/schemas/auth.ts';
import { deviceCookie, startHubAndBrowser, stopHubAndBrowser, openPairedScreen, PORTRAIT } from '../helpers/browser.ts';

declare global {
  interface Window {
    exitRequests: string[];
  }
}

/** A paired screen of this role in a window with the shell's exit bridge. */
async function withBridge(browser: Browser, hub: RunningHub, role: DeviceRole): Promise<{ page: Page; problems: string[] }> {
  const url = `${hub.url}/${role}`;
  const context = await browser.newContext({ viewport: PORTRAIT });
  await context.addCookies([deviceCookie(await hub.pairDevice(role), url)]);
  // A string, not a function: tsx would wrap a function in helpers the page does not have.
  await context.addInitScript({
    content: `window.exitRequests = []; window.lotsaShell = { requestExit: async (pin) => (window.exitRequests.push(pin), pin === '4711') };`,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.clock.install();
  await page.goto(url);
  return { page, problems };
}

/** Holds the top-right corner of a portrait screen for ms. */
async function holdCorner(page: Page, ms: number): Promise<void> {
  await page.mouse.move(PORTRAIT.width - 10, 10);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

describe('hidden admin exit', () => {
  let hub: RunningHub;
  let browser: Browser;
  before(async () => ({ hub, browser } = await startHubAndBrowser()));
  after(() => stopHubAndBrowser(hub, browser));

  test('in a plain browser there is no hotspot and no PIN pad', async () => {
    for (const screen of ['kiosk', 'display', 'survey'] as const) {
      const { page } = await openPairedScreen(browser, hub, screen, `${hub.url}/${screen}`, { viewport: PORTRAIT });
      await page.locator('main').waitFor();
      assert.equal(await page.locator('.shell-exit__corner').count(), 0, screen);
    }
  });

  test('a short press does nothing; three seconds open the PIN pad; a wrong PIN is refused, the right one is sent', async () => {
    const { page, problems } = await withBridge(browser, hub, 'kiosk');
    await page.getByRole('heading', { name: 'Vad gäller ditt besök?' }).waitFor();
    await holdCorner(page, 1_500);
    assert.equal(await page.getByRole('dialog').count(), 0, 'a short press is an ordinary touch');

    await holdCorner(page, 3_000);
    const pad = page.getByRole('dialog', { name: 'Stäng Lotsa' });
    await pad.waitFor();
    for (const digit of '1234') await pad.getByRole('button', { name: digit, exact: true }).click();
    await pad.getByRole('button', { name: 'Stäng Lotsa' }).click();
    await pad.getByRole('alert').filter({ hasText: 'Fel PIN-kod' }).waitFor();
    assert.equal(await pad.getByLabel('Administratörens PIN-kod').inputValue(), '', 'the wrong PIN is cleared');

    await pad.getByLabel('Administratörens PIN-kod').fill('4711');
    await pad.getByRole('button', { name: 'Stäng Lotsa' }).click();
    await page.waitForFunction(() => window.exitRequests.length === 2);
    assert.deepEqual(await page.evaluate(() => window.exitRequests), ['1234', '4711']);
    assert.deepEqual(problems, []);
  });

  test('the pad closes by Cancel, and by itself when left alone', async () => {
    const { page } = await withBridge(browser, hub, 'survey');
    await page.locator('main').waitFor();
    await holdCorner(page, 3_000);
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    assert.equal(await page.getByRole('dialog').count(), 0);

    await holdCorner(page, 3_000);
    await page.getByRole('dialog').waitFor();
    await page.clock.runFor(31_000);
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 2_000 });
  });
});
