// Kiosks and wall displays as an administrator sets them up: register the screen under Admin → Screens and devices,
// type the code shown there on the new screen (in a browser that has never seen the hub), and revoke it again.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import type { Device } from '../../common/schemas/auth.ts';
import { addDesk, addService, callNext, takeTicket } from '../helpers/centre.ts';
import { eventually, openScreen, startHubAndBrowser, stopHubAndBrowser, LANDSCAPE, PORTRAIT } from '../helpers/browser.ts';

/** Registers a screen in the admin's devices view and returns the pairing code it shows. */
async function register(admin: Page, kind: string, name: string): Promise<string> {
  await admin.getByLabel('Typ av skärm').selectOption({ label: kind });
  await admin.getByLabel('Namn').fill(name);
  await admin.getByRole('button', { name: 'Registrera och visa kopplingskoden' }).click();
  return codeShownFor(admin, name);
}

async function codeShownFor(admin: Page, name: string): Promise<string> {
  const panel = admin.getByRole('region', { name: `Kopplingskod för ${name}` });
  await panel.waitFor();
  return (await panel.locator('.pairing-code__code').innerText()).trim();
}

const deviceRow = (admin: Page, name: string) => admin.getByRole('region', { name: 'Registrerade skärmar' }).getByRole('row', { name: new RegExp(name) });

describe('paired screens', () => {
  let hub: RunningHub;
  let browser: Browser;
  let serviceId: number;
  let deskId: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    serviceId = (await addService(hub, 'Bygglov', 'B')).id;
    deskId = (await addDesk(hub, 'Disk 1', [serviceId])).id;
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('a kiosk paired on its on-screen keyboard takes tickets, and shows the pairing form again once revoked', async () => {
    const admin = (await openScreen(browser, `${hub.url}/admin?view=devices&token=${hub.token}`)).page;
    const code = await register(admin, 'Nummerlappsautomat', 'Automat vid entrén');
    assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const panel = admin.getByRole('region', { name: 'Kopplingskod för Automat vid entrén' });
    assert.ok(await panel.getByText(`${hub.url}/kiosk`, { exact: true }).isVisible(), 'the address to open on the kiosk');
    const fontPx = await panel.locator('.pairing-code__code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontPx >= 48, `the code is drawn at ${fontPx}px`);
    assert.match(await deviceRow(admin, 'Automat vid entrén').innerText(), /Väntar på koppling/);

    const { page: kiosk, problems } = await openScreen(browser, `${hub.url}/kiosk`, { viewport: PORTRAIT, hasTouch: true });
    await kiosk.getByRole('heading', { name: 'Koppla den här skärmen' }).waitFor();
    assert.equal(await kiosk.getByRole('button', { name: 'Bygglov' }).count(), 0, 'an unpaired kiosk offers no tickets');
    const field = kiosk.getByLabel('Kopplingskod', { exact: true });
    await field.fill('AAAA-AAAA');
    await kiosk.getByRole('button', { name: 'Koppla', exact: true }).click();
    await kiosk.getByRole('alert').filter({ hasText: 'Kopplingskoden är okänd' }).waitFor();

    const keyboard = kiosk.getByRole('group', { name: 'Tangentbord för kopplingskoden' });
    for (const symbol of code.replace('-', '')) await keyboard.getByRole('button', { name: symbol, exact: true }).tap();
    assert.equal(await field.inputValue(), code.replace('-', ''));
    await kiosk.getByRole('button', { name: 'Koppla', exact: true }).tap();
    await kiosk.getByRole('button', { name: 'Bygglov', exact: true }).tap();
    await kiosk.getByText('B001', { exact: true }).waitFor();
    await eventually(async () => assert.match(await deviceRow(admin, 'Automat vid entrén').innerText(), /Kopplad, senast sedd/));

    await admin.getByRole('button', { name: 'Spärra Automat vid entrén' }).click();
    const question = admin.getByRole('alertdialog');
    assert.match(await question.innerText(), /Skärmen slutar fungera direkt/);
    assert.equal(await question.getByRole('button', { name: 'Avbryt' }).evaluate((button) => button === document.activeElement), true, 'the harmless answer has the focus');
    await question.getByRole('button', { name: 'Ja, spärra' }).click();
    await eventually(async () => assert.match(await deviceRow(admin, 'Automat vid entrén').innerText(), /Spärrad/));

    // The kiosk follows the event stream (for the printer's state), so the hub's 4401 close brings the pairing form
    // back at once, before any visitor taps.
    await kiosk.getByRole('heading', { name: 'Koppla den här skärmen' }).waitFor();
    assert.equal((await hub.api('GET', '/api/queue')).body.waiting.length, 1, 'the revoked kiosk issued nothing more');
    assert.deepEqual(
      problems.filter((p) => !/HTTP 401: .*\/api\/(devices\/pair|services)$/.test(p)),
      [],
      'only the wrong code and the revoked kiosk’s next request were refused',
    );
  });

  test('a display paired by keyboard shows calls, goes back to pairing when revoked, and comes back with a new code', async () => {
    const admin = (await openScreen(browser, `${hub.url}/admin?view=devices&token=${hub.token}`)).page;
    const code = await register(admin, 'Skärm i väntrummet', 'Väntrummets tv');

    const { page: display } = await openScreen(browser, `${hub.url}/display`, { viewport: LANDSCAPE });
    await display.getByRole('heading', { name: 'Koppla den här skärmen' }).waitFor();
    assert.equal(await display.getByRole('group', { name: 'Tangentbord för kopplingskoden' }).count(), 0, 'a wall display has no on-screen keyboard');
    // Typed as a person might: small letters, no dash; the field shows capitals and the hub ignores the dash.
    await display.getByLabel('Kopplingskod', { exact: true }).pressSequentially(code.replace('-', '').toLowerCase());
    await display.keyboard.press('Enter');
    await display.getByText('Välkommen. Ta en kölapp och vänta på ditt nummer.').waitFor();

    await takeTicket(hub, serviceId);
    const called = await callNext(hub, deskId);
    await eventually(async () => assert.match(await display.locator('.current').innerText(), new RegExp(`${called.number}[\\s\\S]*Disk 1`)));

    const device = (await hub.api<Device[]>('GET', '/api/devices')).body.find((d) => d.name === 'Väntrummets tv')!;
    assert.equal((await hub.api('POST', `/api/devices/${device.id}/revoke`, {})).status, 200);
    // The hub closes the display's event stream, so nobody has to touch the wall screen.
    await display.getByRole('heading', { name: 'Koppla den här skärmen' }).waitFor({ timeout: 10_000 });

    await admin.reload();
    await admin.getByRole('button', { name: 'Ny kopplingskod för Väntrummets tv' }).click();
    const newCode = await codeShownFor(admin, 'Väntrummets tv');
    assert.notEqual(newCode, code);
    await display.getByLabel('Kopplingskod', { exact: true }).fill(newCode);
    await display.getByRole('button', { name: 'Koppla', exact: true }).click();
    await eventually(async () => assert.match(await display.locator('.current').innerText(), new RegExp(called.number)));
  });
});
