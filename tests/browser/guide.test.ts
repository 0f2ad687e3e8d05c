// The guide at the entrance issues a ticket on a visitor's behalf with an interpreter need, a private room and a
// note: the desk sees them, the wall display shows the number and nothing of them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';
import { LANDSCAPE, openPairedScreen, openScreen, startHubAndBrowser, stopHubAndBrowser } from '../helpers/browser.ts';

/** Screenshots go where SCREENSHOT_DIR says, when it is set. */
const shot = (name: string) => (process.env.SCREENSHOT_DIR ? { path: join(process.env.SCREENSHOT_DIR, name), fullPage: true } : null);
const GUIDE = { username: 'vera', password: 'veras-långa-lösenord' };

describe('guide', () => {
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    const bygglov = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    await hub.api('POST', '/api/services', { name: 'Parkering', prefix: 'P' });
    deskId = (await hub.api('POST', '/api/desks', { name: 'Rum 2', serviceIds: [bygglov], privateRoom: true })).body.id;
    assert.equal((await hub.api('POST', '/api/users', { ...GUIDE, role: 'staff' })).status, 201);
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('a ticket with an Arabic interpreter, a private room and a note reaches the desk, not the display', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/guide`, { viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.getByLabel('Användarnamn').fill(GUIDE.username);
    await page.getByLabel('Lösenord').fill(GUIDE.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Värd vid entrén', level: 1 }).waitFor();

    const desk = (await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`)).page;
    await desk.getByRole('heading', { name: 'Rum 2', level: 1 }).waitFor();
    const display = (await openPairedScreen(browser, hub, 'display', `${hub.url}/display`, { viewport: LANDSCAPE })).page;
    await display.getByText('Välkommen. Ta en kölapp och vänta på ditt nummer.').waitFor();

    await page.getByRole('button', { name: 'Bygglov' }).click();
    await page.getByLabel('Tolk').selectOption({ label: 'arabiska' });
    await page.getByLabel('Enskilt rum').check();
    await page.getByLabel('Anteckning till disken').fill('Kommer med sin dotter');
    await page.getByText('21 av 200 tecken').waitFor();
    const form = shot('guide-sv-1280x800-form.png');
    if (form) await page.screenshot(form);
    await page.getByRole('button', { name: 'Skriv ut kölapp' }).click();
    const receipt = page.getByRole('region', { name: 'Kölapp B001' });
    await receipt.getByText('B001', { exact: true }).waitFor();
    await receipt.getByText('Ingen skrivare är ansluten: ge besökaren numret.').waitFor();
    const row = page.getByRole('region', { name: 'Väntar i dag' }).getByRole('row', { name: /B001/ });
    await row.getByText('Tolk: arabiska · Enskilt rum').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Bygglov' }).getAttribute('aria-pressed') === 'false', 'the form starts afresh for the next visitor');

    assert.deepEqual(await axeViolations(page), [], 'axe violations on the guide screen');
    assert.deepEqual(await smallTargets(page, 48), []);
    const landscape = shot('guide-sv-1280x800.png');
    if (landscape) await page.screenshot(landscape);
    await page.setViewportSize({ width: 800, height: 1280 });
    const portrait = shot('guide-sv-800x1280.png');
    if (portrait) await page.screenshot(portrait);
    assert.deepEqual(await smallTargets(page, 48), []);

    const waiting = desk.getByRole('region', { name: 'Väntelista' }).getByRole('row', { name: /B001/ });
    await waiting.getByText('Tolk: arabiska · Enskilt rum').waitFor();
    await waiting.getByText('Anteckning: Kommer med sin dotter').waitFor();

    // Urgent added afterwards from the waiting list; the desk follows.
    await page.getByRole('button', { name: 'Ändra behov för B001' }).click();
    await page.getByRole('form', { name: 'Behov för B001' }).getByLabel('Brådskande').check();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Behoven för B001 är sparade.').waitFor();
    await waiting.getByText('Brådskande · Tolk: arabiska · Enskilt rum').waitFor();

    await desk.getByRole('button', { name: 'Ropa B001' }).click();
    await display.getByText('B001').first().waitFor();
    const shown = await display.locator('body').innerText();
    for (const secret of ['Tolk', 'arabiska', 'Enskilt', 'Brådskande', 'dotter']) assert.ok(!shown.includes(secret), `the display shows "${secret}"`);
    assert.deepEqual(problems, []);
  });
});
