// The desk's workflow from the desk page, by keyboard: call a chosen visitor, park and resume, finish with an
// outcome, pause with a reason, the silent alarm on another desk and the admin screen (and not on the display);
// every new state passes axe with 48 px targets.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, openScreen, openPairedScreen, startHubAndBrowser, stopHubAndBrowser } from '../helpers/browser.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';

/** Moves the focus with Tab until the focused element's text is `text`, then presses Enter: a keyboard user's click. */
async function pressByKeyboard(page: Page, text: string): Promise<void> {
  const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  for (let presses = 0; presses < 80 && (await focused()) !== text; presses++) await page.keyboard.press('Tab');
  assert.equal(await focused(), text, `"${text}" is reachable with Tab`);
  await page.keyboard.press('Enter');
}

async function assertAccessible(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
  assert.deepEqual(await smallTargets(page, 48), [], `48 px targets: ${state}`);
}

describe('desk workflow in the browser', () => {
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;
  let otherDeskId: number;
  let service: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    service = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    assert.equal((await hub.api('POST', `/api/services/${service}/settings`, { outcomes: ['Löst', 'Hänvisad'] })).status, 200);
    deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 1', serviceIds: [service] })).body.id;
    otherDeskId = (await hub.api('POST', '/api/desks', { name: 'Disk 2', serviceIds: [service] })).body.id;
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('call a chosen visitor, park, call the next, resume the parked one and finish with an outcome — keyboard only', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await hub.api('POST', '/api/tickets', { serviceId: service })).status, 201);
    const { page, problems } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`, { bypassCSP: true });
    const list = page.getByRole('region', { name: 'Väntelista' });
    await list.getByRole('button', { name: 'Ropa B003' }).waitFor();
    await assertAccessible(page, 'waiting list');

    await pressByKeyboard(page, 'Ropa B003');
    const current = page.getByRole('region', { name: 'Aktuell besökare' });
    await current.getByText('B003').waitFor();

    await pressByKeyboard(page, 'Parkera');
    await page.getByRole('button', { name: 'Återuppta B003' }).waitFor();
    await current.getByText('Ingen besökare vid disken').waitFor();
    await assertAccessible(page, 'a parked visitor');

    await pressByKeyboard(page, 'Ropa nästa');
    await current.getByText('B001').waitFor();
    await pressByKeyboard(page, 'Avsluta');
    await current.getByText('Ingen besökare vid disken').waitFor();

    await pressByKeyboard(page, 'Återuppta B003');
    await current.getByText('B003').waitFor();
    assert.ok(await current.getByText('Betjänas').isVisible());
    await page.getByLabel('Utfall').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByLabel('Utfall').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text), 'Löst');
    await assertAccessible(page, 'finish with an outcome');
    await pressByKeyboard(page, 'Avsluta');
    await page.getByText('Klart: B003').waitFor();
    const ticket = (await hub.api('GET', '/api/tickets/3')).body;
    assert.equal(ticket.state, 'finished');
    assert.deepEqual(problems, []);
  });

  test('pause with a reason stops calling until the desk resumes', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`, { bypassCSP: true });
    await page.getByLabel('Anledning till pausen').fill('Lunch');
    await pressByKeyboard(page, 'Pausa');
    await page.getByText('Disken är pausad: Lunch').waitFor();
    await eventually(async () => assert.ok(await page.getByRole('button', { name: 'Ropa nästa' }).isDisabled(), 'a paused desk cannot call'));
    await assertAccessible(page, 'paused');
    assert.equal((await hub.api('POST', `/api/desks/${deskId}/next`, {})).status, 409);
    await pressByKeyboard(page, 'Börja ropa igen');
    await eventually(async () => assert.ok(await page.getByRole('button', { name: 'Ropa nästa' }).isEnabled()));
  });

  test('the silent alarm: confirmed at one desk, shown on the other desk and the admin screen, not on the display', async () => {
    const other = await openScreen(browser, `${hub.url}/desk?desk=${otherDeskId}&token=${hub.token}`, { bypassCSP: true });
    const admin = await openScreen(browser, `${hub.url}/admin?token=${hub.token}`);
    const display = await openPairedScreen(browser, hub, 'display', `${hub.url}/display`);
    const { page } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`, { bypassCSP: true });
    await other.page.getByRole('heading', { name: 'Disk 2', level: 1 }).waitFor();
    await admin.page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByRole('heading', { name: 'Disk 1', level: 1 }).waitFor();
    await new Promise((r) => setTimeout(r, 500)); // the staff streams are open

    await pressByKeyboard(page, 'Tyst larm');
    await page.getByRole('alertdialog').waitFor();
    await assertAccessible(page, 'alarm confirmation');
    await page.keyboard.press('Shift+Tab'); // from Cancel (focused) back to "Yes"
    await page.keyboard.press('Enter');
    await page.getByText('Tyst larm utlöst. Dina kollegor har larmats.').waitFor();

    const banner = other.page.getByRole('alert').filter({ hasText: 'Tyst larm vid Disk 1' });
    await banner.waitFor();
    await assertAccessible(other.page, 'alarm banner');
    await admin.page.getByRole('alert').filter({ hasText: 'Tyst larm vid Disk 1' }).waitFor();
    assert.equal(await page.getByText('Tyst larm vid Disk 1').count(), 0, 'the raising desk is not alarmed by itself');
    assert.doesNotMatch(await display.page.locator('body').innerText(), /larm/i, 'no sign on the public display');
    await banner.getByRole('button', { name: 'Stäng' }).click();
    assert.equal(await other.page.getByText('Tyst larm vid Disk 1').count(), 0);
  });
});
