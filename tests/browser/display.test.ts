import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.ts';
import { eventually, startHubAndBrowser, openScreen, LANDSCAPE } from '../helpers/browser.ts';

/** The rows of the calls table as "number desk", newest first. */
async function calls(page: Page): Promise<string[]> {
  return page.locator('table tbody tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
}

describe('display', () => {
  let hub: RunningHub;
  let proxy: TcpProxy;
  let browser: Browser;
  let deskId: number;
  let serviceId: number;

  const issue = async () => assert.equal((await hub.api('POST', '/api/tickets', { serviceId })).status, 201);
  const deskAction = async (action: string) => assert.equal((await hub.api('POST', `/api/desks/${deskId}/${action}`, {})).status, 200);

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

  test('a call shows the number and desk, newest first, and catches up after the connection was lost', async () => {
    const { page, problems } = await openScreen(browser, `${proxy.url}/display`, { viewport: LANDSCAPE });
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.getByText('Välkommen. Ta en kölapp och vänta på ditt nummer.').waitFor();

    await issue();
    await issue();
    const waitingRow = page.locator('.waiting__row', { hasText: 'Bygglov' });
    await eventually(async () => assert.equal(await waitingRow.locator('dd').innerText(), '2'));

    await deskAction('next');
    await eventually(async () => assert.deepEqual(await calls(page), ['B001 Disk 3']));
    await eventually(async () => assert.equal(await waitingRow.locator('dd').innerText(), '1'));
    const newest = page.locator('tr.call--newest .call__number');
    assert.equal(await newest.innerText(), 'B001');
    const newestPx = await newest.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(newestPx >= 96, `the newest call is drawn at ${newestPx}px`);

    // The link goes down: the room is told after a few seconds, and calls go on at the desk meanwhile.
    const seqBeforeCut = (await hub.api('GET', '/api/queue')).body.seq as number;
    proxy.cut();
    await page.getByText('Anslutningen bröts – ansluter igen…').waitFor({ timeout: 8_000 });
    await deskAction('finish');
    await deskAction('next');
    await issue();

    proxy.restore();
    await eventually(async () => assert.deepEqual(await calls(page), ['B002 Disk 3']), 10_000);
    await eventually(async () => assert.equal(await waitingRow.locator('dd').innerText(), '1'));
    await page.getByText('Anslutningen bröts – ansluter igen…').waitFor({ state: 'detached' });
    // It caught up from where it was, not by reloading: the new socket asked for the events after the last one seen.
    const resumed = sockets.slice(1).map((url) => Number(new URL(url).searchParams.get('after')));
    assert.ok(resumed.length > 0, 'the display opened a new socket');
    assert.ok(resumed.every((after) => after === seqBeforeCut), `reconnected with after=${resumed.join(',')}, expected ${seqBeforeCut}`);
    assert.deepEqual(problems.filter((p) => !p.includes('WebSocket')), []);
  });

  test('a recall moves the ticket back to the top; English with ?lang=en', async () => {
    const desk2 = (await hub.api('POST', '/api/desks', { name: 'Disk 4', serviceIds: [serviceId] })).body.id as number;
    const { page } = await openScreen(browser, `${hub.url}/display?lang=en`, { viewport: LANDSCAPE });
    await page.getByRole('heading', { name: 'Now serving' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await eventually(async () => assert.deepEqual(await calls(page), ['B002 Disk 3']));

    assert.equal((await hub.api('POST', `/api/desks/${desk2}/next`, {})).status, 200);
    await eventually(async () => assert.deepEqual(await calls(page), ['B003 Disk 4', 'B002 Disk 3']));
    await deskAction('recall');
    await eventually(async () => assert.deepEqual(await calls(page), ['B002 Disk 3', 'B003 Disk 4']));
    await deskAction('no-show');
    await eventually(async () => assert.deepEqual(await calls(page), ['B003 Disk 4']));
  });
});
