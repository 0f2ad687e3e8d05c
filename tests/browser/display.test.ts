import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { axeViolations } from '../helpers/axe.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.ts';
import { eventually, startHubAndBrowser, openPairedScreen, LANDSCAPE } from '../helpers/browser.ts';

const text = (value: string) => value.replace(/\s+/g, ' ').trim();
/** The latest call as the room reads it (with the screen-reader label): "Nummer B001 → Disk 3". */
const current = async (page: Page) => text(await page.locator('.current').innerText());
/** The desk board, one "desk now before…" line per row, the desk with the latest call first. */
async function deskRows(page: Page): Promise<string[]> {
  return page.locator('.desk-board tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

describe('display', () => {
  let hub: RunningHub;
  let proxy: TcpProxy;
  let browser: Browser;
  let deskId: number;
  let serviceId: number;

  const issue = async (service = serviceId) => assert.equal((await hub.api('POST', '/api/tickets', { serviceId: service })).status, 201);
  const deskAction = async (action: string, desk = deskId) => assert.equal((await hub.api('POST', `/api/desks/${desk}/${action}`, {})).status, 200);

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    proxy = await startTcpProxy(hub.url);
    serviceId = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    deskId = (await hub.api('POST', '/api/desks', { name: 'Disk 3', serviceIds: [serviceId] })).body.id;
  });
  after(async () => {
    await browser?.close();
    await proxy?.close();
    await hub?.stop();
  });

  test('a call shows huge, each desk keeps its previous numbers, and it catches up after the connection was lost', async () => {
    const { page, problems } = await openPairedScreen(browser, hub, 'display', `${proxy.url}/display`, { viewport: LANDSCAPE });
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.getByText('Välkommen. Ta en kölapp och vänta på ditt nummer.').waitFor();

    await issue();
    await issue();
    const waitingRow = page.locator('.waiting__row', { hasText: 'Bygglov' });
    await eventually(async () => assert.equal(await waitingRow.locator('dd').innerText(), '2'));

    await deskAction('next');
    await eventually(async () => assert.equal(await current(page), 'Nummer B001 → Disk 3'));
    assert.deepEqual(await deskRows(page), ['Disk 3 B001']);
    await eventually(async () => assert.equal(await waitingRow.locator('dd').innerText(), '1'));
    const numberPx = await page.locator('.current__number').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(numberPx >= 160, `the current call is drawn at ${numberPx}px`);
    assert.equal(await page.locator('.current--fresh').count(), 1, 'a new call is highlighted');
    // Everything fits the 1920×1080 wall: nothing is cut off below the fold.
    assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), 'the display scrolls');

    // The link goes down: the room is told after a few seconds, and calls go on at the desk meanwhile.
    const seqBeforeCut = (await hub.api('GET', '/api/queue')).body.seq as number;
    proxy.cut();
    await page.getByText('Anslutningen bröts – ansluter igen…').waitFor({ timeout: 8_000 });
    await deskAction('finish');
    await deskAction('next');
    await issue();

    proxy.restore();
    await eventually(async () => assert.equal(await current(page), 'Nummer B002 → Disk 3'), 10_000);
    assert.deepEqual(await deskRows(page), ['Disk 3 B002 B001']);
    await eventually(async () => assert.equal(await waitingRow.locator('dd').innerText(), '1'));
    await page.getByText('Anslutningen bröts – ansluter igen…').waitFor({ state: 'detached' });
    // It caught up from where it was, not by reloading: the new socket asked for the events after the last one seen.
    const resumed = sockets.slice(1).map((url) => Number(new URL(url).searchParams.get('after')));
    assert.ok(resumed.length > 0, 'the display opened a new socket');
    assert.ok(resumed.every((after) => after === seqBeforeCut), `reconnected with after=${resumed.join(',')}, expected ${seqBeforeCut}`);
    assert.deepEqual(problems.filter((p) => !p.includes('WebSocket')), []);
  });

  test('a recall puts the call back on top and highlights it again; English with ?lang=en; no axe violations', async () => {
    const desk2 = (await hub.api('POST', '/api/desks', { name: 'Disk 4', serviceIds: [serviceId] })).body.id as number;
    const { page } = await openPairedScreen(browser, hub, 'display', `${hub.url}/display?lang=en`, { viewport: LANDSCAPE, bypassCSP: true });
    await page.getByRole('heading', { name: 'Now serving' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await eventually(async () => assert.equal(await current(page), 'Number B002 → Disk 3'));
    assert.equal(await page.locator('.current--fresh').count(), 0, 'a call from before the page opened is not highlighted');

    await deskAction('next', desk2);
    await eventually(async () => assert.equal(await current(page), 'Number B003 → Disk 4'));
    assert.deepEqual(await deskRows(page), ['Disk 4 B003', 'Disk 3 B002']);
    await deskAction('recall');
    await eventually(async () => assert.equal(await current(page), 'Number B002 → Disk 3'));
    assert.deepEqual(await deskRows(page), ['Disk 3 B002', 'Disk 4 B003']);
    assert.equal(await page.locator('.current--fresh').count(), 1);
    assert.deepEqual(await axeViolations(page), [], 'axe violations with a fresh call and the sound button');

    await deskAction('no-show');
    await eventually(async () => assert.equal(await current(page), 'Number B003 → Disk 4'));
    assert.deepEqual(await deskRows(page), ['Disk 4 B003', 'Disk 3 – B002']);
  });

  test('with reduced motion a new call is outlined, not blinking', async () => {
    const { page } = await openPairedScreen(browser, hub, 'display', `${hub.url}/display?lang=en`, { viewport: LANDSCAPE, reducedMotion: 'reduce' });
    await page.getByRole('heading', { name: 'Now serving' }).waitFor();
    await issue();
    await deskAction('next');
    const fresh = page.locator('.current--fresh');
    await fresh.waitFor();
    assert.equal(await fresh.evaluate((el) => getComputedStyle(el).animationName), 'none');
    assert.notEqual(await fresh.evaluate((el) => getComputedStyle(el).outlineStyle), 'none');
  });

  test('each display shows only its services and desks', async () => {
    const parking = (await hub.api('POST', '/api/services', { name: 'Parkering', prefix: 'P' })).body.id as number;
    const desk7 = (await hub.api('POST', '/api/desks', { name: 'Disk 7', serviceIds: [parking] })).body.id as number;
    const byService = (await openPairedScreen(browser, hub, 'display', `${hub.url}/display?lang=en&services=${parking}`, { viewport: LANDSCAPE })).page;
    const byDesk = (await openPairedScreen(browser, hub, 'display', `${hub.url}/display?lang=en&desks=${deskId}`, { viewport: LANDSCAPE })).page;
    await byService.getByRole('heading', { name: 'Now serving' }).waitFor();
    await byDesk.getByRole('heading', { name: 'Now serving' }).waitFor();

    await issue(parking);
    await issue();
    await deskAction('next', desk7);
    await deskAction('next');
    const parkingCall = 'Number P001 → Disk 7';
    await eventually(async () => assert.equal(await current(byService), parkingCall));
    assert.deepEqual(await deskRows(byService), ['Disk 7 P001']);
    assert.deepEqual(await byService.locator('.waiting__row dt').allInnerTexts(), ['Parkering']);

    await eventually(async () => assert.match(await current(byDesk), /→ Disk 3$/));
    assert.ok((await deskRows(byDesk)).every((row) => row.startsWith('Disk 3')), `desk filter shows ${await deskRows(byDesk)}`);
    assert.deepEqual(await byDesk.locator('.waiting__row dt').allInnerTexts(), ['Bygglov', 'Parkering']);
  });

  test('an Arabic display reads right to left: the number first on the right, the arrow pointing to the desk, the number left to right', async () => {
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'ar'] })).status, 200);
    try {
      const { page } = await openPairedScreen(browser, hub, 'display', `${hub.url}/display?lang=ar`, { viewport: LANDSCAPE, bypassCSP: true });
      await issue();
      await deskAction('next');
      const number = page.locator('.current__number bdi');
      await number.waitFor();
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      assert.equal(await number.evaluate((bdi) => getComputedStyle(bdi).direction), 'ltr');
      assert.equal(await page.locator('.current__arrow').evaluate((arrow) => getComputedStyle(arrow).transform), 'matrix(-1, 0, 0, 1, 0, 0)', '→ drawn as ←');
      const [numberBox, deskBox] = [await number.boundingBox(), await page.locator('.current__desk').boundingBox()];
      assert.ok(numberBox!.x > deskBox!.x, 'the number comes first, on the right');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling');
      assert.deepEqual(await axeViolations(page), []);
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/display-ar-1920x1080.png` });
    } finally {
      await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en'] });
    }
  });
});
