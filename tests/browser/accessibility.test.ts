// Every screen in its main states, checked with axe-core for WCAG 2.2 A/AA and for touch targets of 48 px or more.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';
import type { DeviceRole } from '../../common/schemas/auth.ts';
import { LANDSCAPE, LAPTOP, PORTRAIT, startHubAndBrowser, stopHubAndBrowser, openScreen, openPairedScreen } from '../helpers/browser.ts';

const MIN_TARGET_PX = 48;

describe('accessibility', () => {
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    const a = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    const b = (await hub.api('POST', '/api/services', { name: 'Äldre, stöd och sociala frågor', prefix: 'S' })).body.id;
    deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 1', serviceIds: [a, b] })).body.id;
    for (const serviceId of [a, a, b]) await hub.api('POST', '/api/tickets', { serviceId });
    await hub.api('POST', `/api/desks/${deskId}/next`, {});
  });
  after(() => stopHubAndBrowser(hub, browser));

  // axe's source is injected as an inline script, which the hub's CSP rightly refuses; this context bypasses it.
  const open = async (path: string, viewport: { width: number; height: number }) =>
    (await openScreen(browser, `${hub.url}${path}`, { viewport, bypassCSP: true })).page;
  const openDevice = async (role: DeviceRole, viewport: { width: number; height: number }) =>
    (await openPairedScreen(browser, hub, role, `${hub.url}/${role}`, { viewport, bypassCSP: true })).page;

  async function check(page: Page, state: string) {
    assert.deepEqual(await axeViolations(page), [], `axe violations on ${state}`);
    assert.deepEqual(await smallTargets(page, MIN_TARGET_PX), [], `targets under ${MIN_TARGET_PX}px on ${state}`);
  }

  test('kiosk: service list, receipt, in Swedish and English', async () => {
    const page = await openDevice('kiosk', PORTRAIT);
    await page.getByRole('button', { name: 'Bygglov', exact: true }).waitFor();
    await check(page, 'kiosk start');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Bygglov', exact: true }).click();
    await page.getByRole('heading', { name: 'Your number' }).waitFor();
    await check(page, 'kiosk receipt');
  });

  test('kiosk controls sit in the lower two thirds of the portrait screen, within reach from a wheelchair', async () => {
    const page = await openDevice('kiosk', PORTRAIT);
    await page.getByRole('button', { name: 'Bygglov', exact: true }).waitFor();
    const tops = await page.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().top));
    assert.ok(tops.length >= 4);
    for (const top of tops) assert.ok(top >= PORTRAIT.height / 3 - 1, `a button starts at ${top}px, above the lower two thirds`);
  });

  test('display with a call', async () => {
    const page = await openDevice('display', LANDSCAPE);
    await page.locator('.desk-row').waitFor();
    await check(page, 'display');
  });

  test('desk: chooser and console with a visitor', async () => {
    const chooser = await open(`/desk?token=${hub.token}`, LAPTOP);
    await chooser.getByRole('link', { name: 'Disk 1' }).waitFor();
    await check(chooser, 'desk chooser');
    const page = await open(`/desk?desk=${deskId}&token=${hub.token}`, LAPTOP);
    await page.getByRole('region', { name: 'Aktuell besökare' }).getByText('B001').waitFor();
    await check(page, 'desk console');
  });

  test('survey: start, a question, the comment and thanks', async () => {
    const page = await openDevice('survey', PORTRAIT);
    await page.getByRole('button', { name: 'Börja' }).waitFor();
    await check(page, 'survey start');
    await page.getByRole('button', { name: 'Börja' }).click();
    await page.getByText('Fråga 1 av 5').waitFor();
    await check(page, 'survey question');
    for (let n = 1; n <= 5; n++) await page.getByRole('button', { name: 'Bra', exact: true }).click();
    await page.getByLabel('Vill du berätta något mer? (frivilligt)').waitFor();
    await check(page, 'survey comment');
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    await check(page, 'survey thanks');
  });

  test('admin with services, desks and an inline error', async () => {
    const page = await open(`/admin?token=${hub.token}`, LAPTOP);
    const services = page.getByRole('region', { name: 'Tjänster' });
    await services.getByRole('cell', { name: 'Bygglov' }).waitFor();
    await services.getByLabel('Prefix').fill('x');
    await services.getByLabel('Namn').fill('Ny');
    await services.getByRole('button', { name: 'Lägg till' }).click();
    await services.getByRole('alert').waitFor();
    await check(page, 'admin');
  });

  test('admin printer page with the virtual printer and its printouts', async () => {
    const page = await open(`/admin?view=printer&token=${hub.token}`, LAPTOP);
    await page.getByRole('heading', { name: 'Kölappsskrivare' }).waitFor();
    await page.locator('.paper').first().waitFor();
    await check(page, 'admin printer page');
  });

  test('first start: the setup form, and its error', async () => {
    const page = await open('/admin', LAPTOP);
    await page.getByRole('heading', { name: 'Ställ in Lotsa' }).waitFor();
    await check(page, 'setup form');
    await page.getByLabel('Installationskod').fill('AAAA-AAAA');
    await page.getByLabel('Användarnamn').fill('chefen');
    await page.getByLabel('Lösenord', { exact: true }).fill('ett långt lösenord');
    await page.getByLabel('Lösenordet igen').fill('ett långt lösenord');
    await page.getByRole('button', { name: 'Skapa administratören' }).click();
    await page.getByRole('alert').waitFor();
    await check(page, 'setup form with an error');
  });

  test('pairing: the form with its on-screen keyboard, and its error', async () => {
    const page = await open('/kiosk', PORTRAIT);
    await page.getByRole('heading', { name: 'Koppla den här skärmen' }).waitFor();
    await check(page, 'pairing form');
    await page.getByLabel('Kopplingskod', { exact: true }).fill('ZZZZ-ZZZZ');
    await page.getByRole('button', { name: 'Koppla', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await check(page, 'pairing form with an error');
  });

  test('login: the form, a wrong password, and a staff member on the admin screen', async () => {
    assert.equal((await hub.api('POST', '/api/users', { username: 'anna', password: 'anna-lösenord-1', role: 'staff' })).status, 201);
    const page = await open('/admin', LAPTOP);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await check(page, 'login form');
    await page.getByLabel('Användarnamn').fill('anna');
    await page.getByLabel('Lösenord').fill('fel lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').waitFor();
    await check(page, 'login form with an error');
    await page.getByLabel('Lösenord').fill('anna-lösenord-1');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { name: 'Administratörskonto behövs' }).waitFor();
    await check(page, 'admin screen for a staff member');
  });

  test('admin: accounts, screens with a pairing code and the revoke question, webhooks with a secret and deliveries', async () => {
    const users = await open(`/admin?view=users&token=${hub.token}`, LAPTOP);
    await users.getByRole('rowheader', { name: 'anna' }).waitFor();
    await check(users, 'users view');

    const devices = await open(`/admin?view=devices&token=${hub.token}`, LAPTOP);
    await devices.getByLabel('Namn').fill('Automat vid entrén');
    await devices.getByRole('button', { name: 'Registrera och visa kopplingskoden' }).click();
    await devices.getByRole('heading', { name: 'Kopplingskod för Automat vid entrén' }).waitFor();
    await devices.getByRole('button', { name: 'Spärra Automat vid entrén' }).click();
    await devices.getByRole('alertdialog').waitFor();
    await check(devices, 'devices view');

    const webhooks = await open(`/admin?view=webhooks&token=${hub.token}`, LAPTOP);
    await webhooks.getByLabel('Mottagarens adress (http eller https)').fill('https://arenden.example.se/lotsa');
    await webhooks.getByRole('button', { name: 'Registrera och visa hemligheten' }).click();
    await webhooks.getByRole('heading', { name: 'Signeringshemlighet för https://arenden.example.se/lotsa' }).waitFor();
    await webhooks.getByRole('button', { name: 'Senaste leveranserna till https://arenden.example.se/lotsa' }).click();
    await webhooks.getByText('Inget har skickats dit ännu.').waitFor();
    await check(webhooks, 'webhooks view');
  });
});
