// A booked visitor checks in at the kiosk by typing the code (as a scanner would), is told what to do when too early
// or unknown; a visitor's follow page shows their place and turns to "go to Desk 3" the moment they are called, in the
// tab's title and with a buzz of the phone too.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, openScreen, openPairedScreen, PORTRAIT, startHubAndBrowser, stopHubAndBrowser } from '../helpers/browser.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';

const PHONE = { width: 390, height: 844 };
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

describe('booking check-in and the follow page', () => {
  let hub: RunningHub;
  let browser: Browser;
  let service: number;
  let deskId: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    service = (await hub.api('POST', '/api/services', { name: 'Skuldrådgivning', prefix: 'S' })).body.id;
    deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 3', serviceIds: [service] })).body.id;
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('check-in by code: unknown code and too early say what to do; a valid code gives a number', async () => {
    const due = (await hub.api('POST', '/api/appointments', { serviceId: service, startsAt: inMinutes(5) })).body;
    const later = (await hub.api('POST', '/api/appointments', { serviceId: service, startsAt: inMinutes(180) })).body;
    const { page, problems } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT, bypassCSP: true });
    await page.getByRole('button', { name: 'Jag har en bokad tid' }).click();
    const field = page.getByRole('textbox', { name: 'Bokningskod' });
    await field.waitFor();
    assert.ok(await field.evaluate((el) => el === document.activeElement), 'the field has the focus, ready for a scanner');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page, 48), []);

    await page.keyboard.type('ZZZZZZ');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Vi hittar inte den bokningskoden' }).waitFor();

    await page.keyboard.type(later.code);
    await page.keyboard.press('Enter');
    const opens = new Intl.DateTimeFormat('sv', { hour: '2-digit', minute: '2-digit' }).format(Date.parse(later.startsAt) - 30 * 60_000);
    await page.getByRole('alert').filter({ hasText: `Du är tidig. Incheckningen öppnar kl. ${opens}. Kom tillbaka då.` }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the refusal passes axe');

    await page.keyboard.type(due.code.toLowerCase());
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ditt nummer' }).waitFor();
    assert.ok(await page.getByText('S001', { exact: true }).isVisible());
    assert.ok(await page.getByText('Du är incheckad. Du ropas upp på din bokade tid.').isVisible());
    assert.deepEqual(problems.filter((p) => !/HTTP (404|409)/.test(p)), [], 'only the expected refusals');
  });

  test('the follow page shows the number and place in the ticket’s language, and the desk as soon as it is called', async () => {
    const ticket = (await hub.api('POST', '/api/tickets', { serviceId: service, language: 'en' })).body;
    const { page, problems } = await openScreen(browser, ticket.followUrl, { viewport: PHONE, bypassCSP: true });
    await page.getByRole('heading', { name: 'Your place in the queue' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.ok(await page.getByText(ticket.number, { exact: true }).isVisible());
    assert.ok(await page.getByText('1 person before you').isVisible(), 'the checked-in S001 is ahead');
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await page.title(), 'Your place in the queue – Lotsa');
    // The phone's vibration, recorded: Chromium here has no motor to ask.
    await page.evaluate(() => {
      const buzzes: unknown[] = [];
      Object.assign(window, { buzzes });
      navigator.vibrate = (pattern) => buzzes.push(pattern) > 0;
    });

    assert.equal((await hub.api('POST', `/api/desks/${deskId}/next`, {})).status, 200); // S001
    await eventually(() => page.getByText('You are next').waitFor({ timeout: 500 }), 8_000);
    assert.equal((await hub.api('POST', `/api/desks/${deskId}/next`, {})).status, 200); // this ticket
    await eventually(() => page.getByRole('alert').filter({ hasText: 'It is your turn! Please go to Disk 3.' }).waitFor({ timeout: 500 }), 8_000);
    assert.equal(await page.title(), 'It is your turn! Please go to Disk 3. – Lotsa', 'a tab in the background says it too');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes), [[400, 200, 400]], 'the phone vibrates once');
    assert.deepEqual(await axeViolations(page), [], 'the called state passes axe');
    assert.ok(!(await page.locator('body').innerText()).includes('S001'), 'nothing about the other visitor');

    assert.equal((await hub.api('POST', `/api/desks/${deskId}/finish`, {})).status, 200);
    await eventually(() => page.getByText('Your visit is over. Thank you for coming!').waitFor({ timeout: 500 }), 8_000);
    assert.equal(await page.getByText('This page updates by itself.').count(), 0, 'it stops following');
    assert.deepEqual(problems, []);
  });

  test('an unknown link shows a friendly not-found page', async () => {
    const { page } = await openScreen(browser, `${hub.url}/t/AAAAAAAAAAAAAAAAAAAAAA`, { viewport: PHONE, bypassCSP: true });
    await page.getByRole('alert').filter({ hasText: 'Vi hittar inte den här kölappen' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });
});
