// "You said, we did" on the wall display between calls: shown after a minute without a call (the page's clock is
// moved, not waited for), in the display's language, hostile text as text, and gone the moment a ticket is called.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, startHubAndBrowser, stopHubAndBrowser, openPairedScreen, openScreen, LANDSCAPE } from '../helpers/browser.ts';

const SHOTS = '/work/wt/shots/saidwedid';
const HOSTILE = '<img src=x onerror="window.hacked=1">';

describe('you said, we did on the display', () => {
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;
  let serviceId: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    serviceId = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 3', serviceIds: [serviceId] })).body.id;
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en', 'ar'] })).status, 200);
    const made = await hub.api('POST', '/api/improvements', {
      said: { sv: `Skärmen var svår att läsa ${HOSTILE}`, ar: 'كانت شاشة الطابور صعبة القراءة.' },
      did: { sv: 'Större siffror från mars.' },
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('after a quiet minute the panel shows, and a call hides it at once', async () => {
    const { page, problems } = await openPairedScreen(browser, hub, 'display', `${hub.url}/display`, { viewport: LANDSCAPE });
    await page.clock.install();
    await page.reload();
    await page.getByText('Välkommen. Ta en kölapp och vänta på ditt nummer.').waitFor();
    const panel = page.locator('.display__improvements');
    await page.clock.runFor(50_000);
    assert.equal(await panel.count(), 0, 'not before a minute has passed');
    await page.clock.runFor(12_000);
    await panel.waitFor({ timeout: 2_000 });
    assert.match(await panel.innerText(), /Ni sa, vi gjorde/);
    assert.ok((await panel.innerText()).includes(HOSTILE), 'the markup is shown as text');
    assert.equal(await page.evaluate(() => (window as { hacked?: number }).hacked), undefined);
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), 'the display scrolls');
    await page.screenshot({ path: `${SHOTS}/display-sv.png` });

    assert.equal((await hub.api('POST', '/api/tickets', { serviceId })).status, 201);
    assert.equal((await hub.api('POST', `/api/desks/${deskId}/next`, {})).status, 200);
    await eventually(async () => assert.match(await page.locator('.current').innerText(), /B001/));
    assert.equal(await panel.count(), 0, 'hidden as the call shows');
    await page.clock.runFor(30_000);
    assert.equal(await panel.count(), 0, 'still hidden half a minute after the call');
    assert.deepEqual(problems, []);
  });

  test('in Arabic it shows the Arabic text and falls back to Swedish where there is none', async () => {
    const { page } = await openPairedScreen(browser, hub, 'display', `${hub.url}/display?lang=ar`, { viewport: LANDSCAPE });
    await page.clock.install();
    await page.reload();
    await page.locator('.current').waitFor();
    await page.clock.runFor(61_000);
    const panel = page.locator('.display__improvements');
    await panel.waitFor({ timeout: 2_000 });
    assert.match(await panel.innerText(), /كانت شاشة الطابور/);
    assert.equal(await panel.locator('dd[lang="sv"]').innerText(), 'Större siffror från mars.');
    await page.screenshot({ path: `${SHOTS}/display-ar.png` });
  });

  test('the follow page shows them while the visitor waits, in the ticket\'s language', async () => {
    for (const language of ['sv', 'ar'] as const) {
      const ticket = await hub.api('POST', '/api/tickets', { serviceId, language });
      assert.equal(ticket.status, 201);
      const { page, problems } = await openScreen(browser, ticket.body.followUrl.replace(/^https?:\/\/[^/]+/, hub.url), { viewport: { width: 390, height: 844 } });
      const panel = page.locator('.follow__improvements');
      await panel.waitFor();
      // The page switches to the ticket's language once its catalogue has loaded.
      await eventually(async () => assert.ok((await panel.innerText()).includes(language === 'sv' ? HOSTILE : 'كانت شاشة الطابور')));
      await page.screenshot({ path: `${SHOTS}/follow-${language}.png`, fullPage: true });
      assert.deepEqual(problems, []);
    }
  });

  test('an administrator adds one per offered language and retires it', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=improvements`);
    const swedish = page.locator('fieldset', { hasText: 'Svenska' });
    await swedish.getByLabel('Ni sa').fill('Det var kallt i väntrummet.');
    await swedish.getByLabel('Vi gjorde').fill('Ny värme sedan januari.');
    await page.getByRole('button', { name: 'Lägg till' }).click();
    const item = page.locator('.admin__improvements li', { hasText: 'Det var kallt i väntrummet.' });
    await item.waitFor();
    await page.screenshot({ path: `${SHOTS}/admin-sv.png`, fullPage: true });
    await item.getByRole('button', { name: 'Ta bort från skärmarna' }).click();
    await item.waitFor({ state: 'detached' });
    const listed = (await hub.api('GET', '/api/improvements')).body.improvements as { said: { sv?: string } }[];
    assert.ok(!listed.some((i) => i.said.sv === 'Det var kallt i väntrummet.'));
    assert.deepEqual(problems, []);
  });
});
