import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, startHubAndBrowser, stopHubAndBrowser, openScreen } from '../helpers/browser.ts';

/** The desk's queue table as "service waiting", in table order. */
async function waitingRows(page: Page): Promise<string[]> {
  return page.locator('.service-queues tbody tr').evaluateAll((rows) =>
    rows.map((row) => [...row.children].slice(0, 2).map((cell) => (cell as HTMLElement).innerText.trim()).join(' ')),
  );
}

describe('desk', () => {
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;
  let bygglov: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    bygglov = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    const parkering = (await hub.api('POST', '/api/services', { name: 'Parkering', prefix: 'P' })).body.id;
    deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 1', serviceIds: [bygglov, parkering] })).body.id;
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('without a login the desk asks to sign in and offers no actions', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ropa nästa' }).count(), 0);
  });

  test('without a desk the staff member chooses one from the list', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk?token=${hub.token}`);
    await page.getByRole('link', { name: 'Disk 1' }).click();
    await page.getByRole('heading', { name: 'Disk 1', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('desk'), String(deskId));
  });

  test('call next, arrival, finish, and "nobody is waiting" when the line is empty', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`);
    await page.getByText('Ingen besökare vid disken').waitFor();
    assert.equal((await hub.api('POST', '/api/tickets', { serviceId: bygglov })).status, 201);
    await eventually(async () => assert.deepEqual(await waitingRows(page), ['Bygglov 1', 'Parkering 0']));

    await page.getByRole('button', { name: 'Ropa nästa' }).click();
    const current = page.getByRole('region', { name: 'Aktuell besökare' });
    await current.getByText('B001').waitFor();
    assert.ok(await current.getByText('Ropad – väntar på besökaren').isVisible());
    await eventually(async () => assert.deepEqual(await waitingRows(page), ['Bygglov 0', 'Parkering 0']));

    await page.getByRole('button', { name: 'Besökaren har kommit' }).click();
    await current.getByText('Betjänas').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Ropa igen' }).isDisabled(), 'a visitor being served cannot be called again');

    await page.getByRole('button', { name: 'Avsluta' }).click();
    await current.getByText('Ingen besökare vid disken').waitFor();
    assert.ok(await page.getByText('Klart: B001').isVisible());

    await page.getByRole('button', { name: 'Ropa nästa' }).click();
    await page.getByRole('status').filter({ hasText: 'Ingen väntar.' }).waitFor();
    assert.deepEqual(problems, []);
  });

  test('keyboard only: tab to Call next, then transfer the visitor to another service', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`);
    await page.getByText('Ingen besökare vid disken').waitFor();
    assert.equal((await hub.api('POST', '/api/tickets', { serviceId: bygglov })).status, 201);
    await eventually(async () => assert.deepEqual(await waitingRows(page), ['Bygglov 1', 'Parkering 0']));

    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let presses = 0; presses < 10 && (await focusedText()) !== 'Ropa nästa'; presses++) await page.keyboard.press('Tab');
    assert.equal(await focusedText(), 'Ropa nästa', 'Call next is reachable with Tab');
    await page.keyboard.press('Enter');
    const current = page.getByRole('region', { name: 'Aktuell besökare' });
    await current.getByText('B002').waitFor();

    await page.getByLabel('Flytta till').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.getByLabel('Flytta till').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text), 'Parkering');
    await page.getByRole('button', { name: 'Flytta', exact: true }).focus();
    await page.keyboard.press('Enter');
    await current.getByText('Ingen besökare vid disken').waitFor();
    await eventually(async () => assert.deepEqual(await waitingRows(page), ['Bygglov 0', 'Parkering 1']));
    const moved = (await hub.api('GET', '/api/queue')).body.waiting.find((t: { number: string }) => t.number === 'B002');
    assert.equal(moved.serviceId, (await hub.api('GET', '/api/services')).body.find((s: { name: string }) => s.name === 'Parkering').id);
  });

  test('what a guide recorded shows on the waiting list, changes live, and follows the visitor to the desk', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`);
    await page.getByRole('heading', { name: 'Disk 1', level: 1 }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 500)); // the staff stream is open
    const ticket = (await hub.api('POST', '/api/tickets', { serviceId: bygglov, needs: { interpreter: 'ar', privateRoom: true }, note: 'Kommer med sin dotter' })).body;
    const row = page.getByRole('region', { name: 'Väntelista' }).getByRole('row', { name: new RegExp(ticket.number) });
    await row.getByText('Tolk: arabiska · Enskilt rum').waitFor();
    await row.getByText('Anteckning: Kommer med sin dotter').waitFor();
    await hub.api('POST', `/api/tickets/${ticket.id}/needs`, { needs: { interpreter: 'ar', urgent: true }, note: 'Kommer med sin dotter' });
    await row.getByText('Brådskande · Tolk: arabiska').waitFor();
    await page.getByRole('button', { name: `Ropa ${ticket.number}` }).click();
    await page.getByRole('region', { name: 'Aktuell besökare' }).getByText('Brådskande · Tolk: arabiska').waitFor();
    await page.screenshot({ path: '/tmp/lotsa-desk-needs.png' });
    await page.getByRole('button', { name: 'Avsluta', exact: true }).click();
  });

  test('an action that no longer fits says why in the desk’s own language, not the hub’s English', async () => {
    const { page } = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`);
    await page.getByRole('button', { name: 'Ropa nästa' }).click();
    const current = page.getByRole('region', { name: 'Aktuell besökare' });
    await current.getByText('B002').waitFor();
    // Another screen for the same desk finishes the visit while this one's event stream is held back.
    await page.routeWebSocket(/\/api\/events/, () => {});
    await page.reload();
    await current.getByText('B002').waitFor();
    assert.equal((await hub.api('POST', `/api/desks/${deskId}/finish`, {})).status, 200);
    await page.getByRole('button', { name: 'Besökaren har kommit' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.innerText(), 'Det finns ingen besökare vid disken.');
  });
});
