// The printer as people at the screens meet it, with a serial printer on a real PTY pair: the kiosk's receipt says
// whether to take the paper or remember the number, a printer problem shows on the kiosk, the desk and the admin
// page within seconds and goes away by itself, and the admin's printer page shows what was printed — each state
// checked with axe and for 48 px targets.
import { after, before, describe, test } from 'node:test';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, launchBrowser, LAPTOP, openPairedScreen, openScreen, PORTRAIT } from '../helpers/browser.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';
import { startPrinterRig, type PrinterRig } from '../helpers/printerRig.ts';

describe('printer on the screens', () => {
  let rig: PrinterRig;
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;

  // axe's source is injected as an inline script, which the hub's CSP rightly refuses; this context bypasses it.
  const open = async (path: string, viewport = LAPTOP) => (await openScreen(browser, `${hub.url}${path}`, { viewport, bypassCSP: true })).page;
  const openKiosk = async () => (await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT, bypassCSP: true })).page;
  const check = async (page: Page, state: string) => {
    assert.deepEqual(await axeViolations(page), [], `axe violations on ${state}`);
    assert.deepEqual(await smallTargets(page, 48), [], `targets under 48px on ${state}`);
  };

  before(async () => {
    [rig, browser] = await Promise.all([startPrinterRig(), launchBrowser()]);
    hub = rig.hub;
    const serviceId = (await hub.api('POST', '/api/services', { name: 'Bygga, bo, miljö', prefix: 'B' })).body.id;
    deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 1', serviceIds: [serviceId] })).body.id;
  });
  after(async () => {
    await browser?.close();
    await rig?.stop();
  });

  test('printer working: the kiosk says to take the ticket, and the ticket came out', async () => {
    const page = await openKiosk();
    await page.getByRole('button', { name: 'Bygga, bo, miljö', exact: true }).click();
    await page.getByText('Ta din kölapp.').waitFor();
    assert.equal(await page.locator('.printer-banner').count(), 0);
    assert.equal((await rig.far.waitForTickets(1)).length, 1);
  });

  test('paper out: every screen says so within seconds, the visitor is asked to remember the number, and it clears by itself', async () => {
    const kiosk = await openKiosk();
    const desk = await open(`/desk?desk=${deskId}&token=${hub.token}`);
    const admin = await open(`/admin?view=printer&token=${hub.token}`);
    await kiosk.getByRole('button', { name: 'Bygga, bo, miljö', exact: true }).waitFor();
    await admin.getByRole('heading', { name: 'Kölappsskrivare' }).waitFor();

    rig.far.setMode('paper-out');
    await kiosk.getByText('Skrivaren fungerar inte just nu. Du får ändå ett nummer på skärmen: kom ihåg det.').waitFor({ timeout: 10_000 });
    await check(kiosk, 'kiosk with the printer out of paper');
    await desk.getByText('Kölappsskrivaren har slut på papper. Besökarna ser sitt nummer bara på skärmen.').waitFor({ timeout: 10_000 });
    await check(desk, 'desk with the printer out of paper');
    await eventually(async () => assert.equal(await admin.locator('.printer-facts__state').innerText(), 'Slut på papper'));
    await check(admin, 'admin printer page, out of paper');

    await kiosk.getByRole('button', { name: 'Bygga, bo, miljö', exact: true }).click();
    await kiosk.getByText('Skrivaren fungerar inte. Kom ihåg ditt nummer.').waitFor();
    assert.ok(await kiosk.locator('.receipt__number').isVisible(), 'the number is still shown, large');
    await check(kiosk, 'kiosk receipt after a failed print');

    rig.far.setMode('ready');
    await eventually(async () => assert.equal(await desk.locator('.printer-banner').count(), 0), 10_000);
    await eventually(async () => assert.equal(await admin.locator('.printer-facts__state').innerText(), 'Klar'));
  });

  test('paper running low is a soft warning for staff only', async () => {
    const kiosk = await openKiosk();
    const admin = await open(`/admin?view=printer&token=${hub.token}`);
    await admin.getByRole('heading', { name: 'Kölappsskrivare' }).waitFor();
    rig.far.setMode('paper-near-end');
    await admin.getByRole('status').filter({ hasText: 'Kölappsskrivarens papper tar snart slut. Byt rulle snart.' }).waitFor({ timeout: 10_000 });
    await check(admin, 'admin with paper running low');
    assert.equal(await kiosk.locator('.printer-banner').count(), 0, 'visitors are not bothered');
    rig.far.setMode('ready');
    await rig.becomes('ready');
  });

  test('the admin prints a test ticket and sees it drawn from the bytes: the number large, åäö, the QR code, the cut', async () => {
    const admin = await open(`/admin?view=printer&token=${hub.token}`);
    await admin.getByRole('button', { name: 'Skriv ut en testlapp' }).click();
    const printout = admin.locator('.printouts__item').first();
    await printout.getByText(/^test kl\. .*: \d+ byte, utskriven$/).waitFor();
    const number = printout.locator('.paper__line', { hasText: 'A000' });
    const [numberPx, textPx] = await Promise.all([
      number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
      printout.locator('.paper__line', { hasText: 'Testutskrift' }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ]);
    assert.ok(numberPx >= 3 * textPx, `the number is drawn ${numberPx / textPx}× the text`);
    await printout.getByText(/^ÅÄÖ åäö é ü € /).waitFor();
    await printout.getByText(`QR-kod: ${hub.url}`).waitFor();
    await printout.getByText('skärning').waitFor();
    await check(admin, 'admin printer page with printouts');
  });

  test('an Arabic ticket\'s lines printed as images are drawn dot for dot in the admin\'s preview beside the Swedish text', async () => {
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'ar'] })).status, 200);
    const serviceId = (await hub.api<{ id: number }[]>('GET', '/api/services')).body[0]!.id;
    const ticket = await hub.api<{ number: string; print: { status: string } }>('POST', '/api/tickets', { serviceId, language: 'ar' });
    assert.deepEqual(ticket.body.print, { status: 'printed' });
    const admin = await open(`/admin?view=printer&token=${hub.token}`);
    const printout = admin.locator('.printouts__item').first();
    await printout.locator('.paper__line', { hasText: ticket.body.number }).waitFor();
    const images = printout.locator('canvas.paper__image');
    assert.ok((await images.count()) >= 3, `${await images.count()} image lines`);
    const paperWidth = (await printout.locator('.paper').boundingBox())!.width;
    for (const image of await images.all()) {
      const { ink, width } = await image.evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
        return { ink: inked, width: canvas.getBoundingClientRect().width };
      });
      assert.ok(ink > 100, `an image line with ${ink} inked dots`);
      assert.ok(width > 40 && width <= paperWidth, `${width} px wide on ${paperWidth} px of paper`);
    }
    await printout.getByText('Bygga, bo, miljö', { exact: true }).waitFor();
    if (process.env.SCREENSHOT_DIR) await printout.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'admin-printout-ar.png') });
    await check(admin, 'admin printer page with an Arabic printout');
    await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en'] });
  });
});
