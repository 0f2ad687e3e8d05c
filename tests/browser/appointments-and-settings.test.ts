// Staff running a day from the screens: a booking made on the admin page gives a code, the visitor checks in with it
// at the kiosk, and the desk shows why it calls them first; service outcomes and a desk's priorities set in admin
// change what the desk offers and whom it calls; the centre settings form saves, explains a refusal and says when a new time zone takes effect. Every new
// state passes axe with 48 px targets, in Swedish and in English.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, openScreen, openPairedScreen, PORTRAIT, startHubAndBrowser, stopHubAndBrowser } from '../helpers/browser.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';

async function assertAccessible(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe: ${state}`);
  assert.deepEqual(await smallTargets(page, 48), [], `48 px targets: ${state}`);
}

/** "HH:MM" on this machine's clock, which the browser shares. */
const clock = (ms: number) => {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

describe('booked visits, service settings and centre settings on screen', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => ({ hub, browser } = await startHubAndBrowser()));
  after(() => stopHubAndBrowser(hub, browser));

  test('a visit booked from the desk’s link shows its code; checked in at the kiosk, the desk marks it and calls it first', async () => {
    const service = (await hub.api('POST', '/api/services', { name: 'Skuldrådgivning', prefix: 'S' })).body.id;
    const deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 3', serviceIds: [service] })).body.id;
    const walkIn = (await hub.api('POST', '/api/tickets', { serviceId: service })).body;
    assert.equal(walkIn.number, 'S001');

    const desk = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`, { bypassCSP: true });
    await desk.page.getByRole('button', { name: 'Ropa S001' }).waitFor();
    const admin = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`, { bypassCSP: true });
    await admin.page.getByRole('link', { name: 'Bokade besök' }).click();
    const page = admin.page;
    await page.getByRole('heading', { name: 'Boka ett besök' }).waitFor();
    await page.getByText('Inga bokningar den här dagen.').waitFor();
    await assertAccessible(page, 'the empty booking view');

    const bookedMs = Date.now() - 2 * 60_000; // its time has come, within the check-in window
    await page.getByLabel('Tjänst').selectOption({ label: 'Skuldrådgivning' });
    await page.getByLabel('Tid', { exact: true }).fill(clock(bookedMs));
    await page.getByLabel('Namn (valfritt, syns bara för personalen)').fill('Anna Svensson');
    await page.getByRole('button', { name: 'Boka', exact: true }).click();
    const codeText = page.locator('.booking-code__code');
    await codeText.waitFor();
    const code = (await codeText.innerText()).trim();
    assert.match(code, /^[A-Z2-9]{6}$/);
    const fontSize = await codeText.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontSize >= 40, `the code is large enough to read out (${fontSize}px)`);
    assert.ok(await page.getByText(`Bokat: Skuldrådgivning`).isVisible());
    const row = page.getByRole('row', { name: new RegExp(code) });
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(`${clock(bookedMs)}[\\s\\S]*Skuldrådgivning[\\s\\S]*Anna Svensson[\\s\\S]*Bokad`));
    await assertAccessible(page, 'a new booking and its code');

    const kiosk = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await kiosk.page.getByRole('button', { name: 'Jag har en bokad tid' }).click();
    await kiosk.page.getByRole('textbox', { name: 'Bokningskod' }).waitFor();
    await kiosk.page.keyboard.type(code);
    await kiosk.page.keyboard.press('Enter');
    await kiosk.page.getByText('S002', { exact: true }).waitFor();

    await eventually(async () => assert.match(await row.innerText(), /Incheckad/), 8_000);
    assert.equal(await row.getByRole('button').count(), 0, 'a checked-in booking cannot be cancelled');

    const booked = desk.page.getByRole('row', { name: /S002/ });
    await booked.waitFor();
    assert.match(await booked.innerText(), new RegExp(`Bokad ${clock(bookedMs)}`));
    assert.doesNotMatch(await desk.page.getByRole('row', { name: /S001/ }).innerText(), /Bokad/, 'the walk-in has no mark');
    await assertAccessible(desk.page, 'the waiting list with a booked visitor');
    await desk.page.getByRole('button', { name: 'Ropa nästa' }).click();
    await desk.page.getByRole('region', { name: 'Aktuell besökare' }).getByText('S002').waitFor();
    assert.ok(!(await desk.page.locator('body').innerText()).includes('Anna Svensson'), 'the name stays on the booking list');
    assert.deepEqual([...desk.problems, ...admin.problems, ...kiosk.problems], []);
  });

  test('a booking can be cancelled from the list, in English too', async () => {
    const services = (await hub.api('GET', '/api/services')).body;
    const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=appointments`, { bypassCSP: true });
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: 'Book a visit' }).waitFor();
    await page.getByLabel('Service').selectOption({ label: services[0].name });
    await page.getByLabel('Time', { exact: true }).fill(clock(Date.now() + 60 * 60_000));
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const code = (await page.locator('.booking-code__code').innerText()).trim();
    await page.getByRole('button', { name: `Cancel ${code}` }).click();
    await page.getByText(`Booking ${code} is cancelled.`).waitFor();
    await eventually(async () => assert.match(await page.getByRole('row', { name: new RegExp(code) }).innerText(), /Cancelled/));
    await assertAccessible(page, 'a cancelled booking, in English');
    const checkIn = await hub.api('POST', '/api/appointments/check-in', { code });
    assert.equal(checkIn.status, 404, 'a cancelled code no longer checks in');
    assert.deepEqual(problems, []);
  });

  test('outcomes added to a service and a desk’s priorities set in admin change what the desk offers and whom it calls', async () => {
    const bygglov = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    const reception = (await hub.api('POST', '/api/services', { name: 'Reception', prefix: 'R' })).body.id;
    const deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 5', serviceIds: [reception, bygglov] })).body.id;
    await hub.api('POST', '/api/tickets', { serviceId: reception }); // R001 has waited longest…
    await hub.api('POST', '/api/tickets', { serviceId: bygglov }); // …B001 came later

    const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}`, { bypassCSP: true });
    const bygglovForm = page.getByRole('form', { name: 'B · Bygglov' });
    await bygglovForm.getByLabel('Nytt utfall för Bygglov').fill('Löst');
    await bygglovForm.getByRole('button', { name: 'Lägg till utfall' }).click();
    await bygglovForm.getByLabel('Nytt utfall för Bygglov').fill('Hänvisad');
    await bygglovForm.getByLabel('Nytt utfall för Bygglov').press('Enter');
    await bygglovForm.getByLabel('Väntemål för Bygglov (minuter)').fill('20');
    await bygglovForm.getByRole('button', { name: 'Spara Bygglov' }).click();
    await bygglovForm.getByText('Bygglov är sparad.').waitFor();
    await assertAccessible(page, 'service settings saved');
    const stored = (await hub.api('GET', '/api/service-settings')).body.find((s: { serviceId: number }) => s.serviceId === bygglov);
    assert.deepEqual(stored, { serviceId: bygglov, waitTargetMinutes: 20, outcomes: ['Löst', 'Hänvisad'], outcomeNames: {} });

    // Reception becomes the desk's fallback: Bygglov is called first although R001 has waited longer.
    const desksView = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=desks`, { bypassCSP: true });
    const deskForm = desksView.page.getByRole('form', { name: 'Disk 5' });
    await deskForm.getByLabel('Reception vid Disk 5').selectOption({ label: 'När ingen väntar på de andra' });
    await deskForm.getByRole('button', { name: 'Spara Disk 5' }).click();
    await deskForm.getByText('Disk 5 är sparad.').waitFor();
    await assertAccessible(desksView.page, 'desk priorities saved');

    const desk = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`, { bypassCSP: true });
    await desk.page.getByRole('button', { name: 'Ropa nästa' }).click();
    await desk.page.getByRole('region', { name: 'Aktuell besökare' }).getByText('B001').waitFor();
    const outcome = desk.page.getByLabel('Utfall');
    assert.deepEqual(await outcome.locator('option').allInnerTexts(), ['Inget utfall noterat', 'Löst', 'Hänvisad']);

    // Removing an outcome in admin takes it off the desk's list.
    await bygglovForm.getByRole('button', { name: 'Ta bort Hänvisad' }).click();
    await bygglovForm.getByRole('button', { name: 'Spara Bygglov' }).click();
    await eventually(async () => assert.deepEqual(await outcome.locator('option').allInnerTexts(), ['Inget utfall noterat', 'Löst']), 8_000);
    assert.deepEqual([...problems, ...desksView.problems, ...desk.problems], []);
  });

  test('the settings form saves the centre’s settings and explains a refused time zone', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=settings`, { bypassCSP: true });
    const form = page.getByRole('region', { name: 'Centrets inställningar' });
    await form.getByLabel('Centrets namn (skrivs på kölappen)').waitFor();
    await assertAccessible(page, 'the settings form');

    await form.getByLabel('Centrets namn (skrivs på kölappen)').fill('Medborgarservice Tyresö');
    await form.getByLabel('Väntemål (minuter)').fill('12');
    await form.getByLabel('går först i den nya kön').check();
    await form.getByLabel('Tidszon').fill('Mars/Olympus');
    await form.getByRole('button', { name: 'Spara inställningarna' }).click();
    await form.getByRole('alert').filter({ hasText: 'timeZone is not a known time zone' }).waitFor();
    await assertAccessible(page, 'a refused setting');
    assert.equal((await hub.api('GET', '/api/settings')).body.centreName, 'Lotsa', 'nothing saved');

    // Today already has tickets: the new zone waits for the next business day, and the form says so.
    const zoneBefore = (await hub.api('GET', '/api/settings')).body.timeZone;
    await form.getByLabel('Tidszon').fill('America/Santiago');
    await form.getByLabel('Adress för besökarnas telefoner (följ-länkar)').fill('http://192.168.1.20:4800');
    // The visitor languages: Arabic ticked (it goes last), then moved before English.
    await form.getByRole('checkbox', { name: 'العربية' }).check();
    await form.getByRole('button', { name: 'Flytta العربية uppåt' }).click();
    const finnish = form.getByRole('checkbox', { name: 'Suomi' });
    assert.equal(await finnish.isDisabled(), false, 'Finnish texts ship, so the centre may offer them');
    assert.match(await finnish.locator('..').innerText(), /utkast, ännu inte granskat/, 'and they are listed as a draft');
    await form.getByRole('button', { name: 'Spara inställningarna' }).click();
    await form.getByText('Inställningarna är sparade.').waitFor();
    const saved = (await hub.api('GET', '/api/settings')).body;
    assert.equal(saved.centreName, 'Medborgarservice Tyresö');
    assert.equal(saved.waitTargetMinutes, 12);
    assert.equal(saved.transferPlacement, 'first');
    assert.equal(saved.timeZone, zoneBefore, 'today keeps its zone');
    assert.equal(saved.timeZoneChange.timeZone, 'America/Santiago');
    assert.equal(saved.publicBaseUrl, 'http://192.168.1.20:4800');
    assert.equal(await form.getByLabel('Tidszon').inputValue(), 'America/Santiago');
    const note = form.locator('#settings-timeZone-pending');
    assert.equal(
      await note.innerText(),
      `America/Santiago gäller från början av affärsdagen ${saved.timeZoneChange.day} (vid midnatt där). Till dess följer numreringen, kön och rapporterna ${zoneBefore}.`,
    );
    await assertAccessible(page, 'saved settings, a new time zone waiting');
    assert.deepEqual(saved.visitorLanguages, ['sv', 'ar', 'en']);

    await page.reload();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    const english = page.getByRole('region', { name: 'Centre settings' });
    assert.equal(await english.getByLabel('Centre name (printed on tickets)').inputValue(), 'Medborgarservice Tyresö');
    assert.ok(await english.getByLabel('goes first in the new queue').isChecked());
    await assertAccessible(page, 'the settings form in English');
    assert.deepEqual(problems.filter((p) => !p.includes('HTTP 400')), []);
  });
});
