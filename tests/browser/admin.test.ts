import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, startHubAndBrowser, stopHubAndBrowser, openScreen, openPairedScreen, PORTRAIT } from '../helpers/browser.ts';

describe('admin', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => ({ hub, browser } = await startHubAndBrowser()));
  after(() => stopHubAndBrowser(hub, browser));

  test('without a credential the admin screen shows only the first-start setup', async () => {
    const { page } = await openScreen(browser, `${hub.url}/admin`);
    await page.getByRole('heading', { name: 'Ställ in Lotsa' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lägg till' }).count(), 0);
  });

  test('a service created in the form is listed and offered on the kiosk; a bad prefix is explained inline', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}`);
    const services = page.getByRole('region', { name: 'Tjänster' });
    await services.getByText('Inga tjänster ännu.').waitFor();

    await services.getByLabel('Namn').fill('Bygglov');
    await services.getByLabel('Prefix').fill('by1');
    await services.getByRole('button', { name: 'Lägg till' }).click();
    await services.getByRole('alert').waitFor();
    assert.match(await services.getByRole('alert').innerText(), /prefix must be one to three capital letters/);

    await services.getByLabel('Prefix').fill('BYG');
    await services.getByRole('button', { name: 'Lägg till' }).click();
    await services.getByRole('cell', { name: 'Bygglov' }).waitFor();
    assert.ok(await services.getByRole('cell', { name: 'BYG', exact: true }).isVisible());
    assert.equal(await services.getByRole('alert').count(), 0, 'the old error is gone');
    assert.equal(await services.getByLabel('Namn').inputValue(), '', 'the form is ready for the next service');

    // A hostile name is shown as the text it is.
    const hostile = '<img src=x onerror="document.title=1">';
    await services.getByLabel('Namn').fill(hostile);
    await services.getByLabel('Prefix').fill('X');
    await services.getByRole('button', { name: 'Lägg till' }).click();
    await services.getByRole('cell', { name: hostile }).waitFor();
    assert.equal(await page.locator('img').count(), 0);

    const kiosk = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await kiosk.page.getByRole('button', { name: 'Bygglov', exact: true }).waitFor();
    assert.ok(await kiosk.page.getByRole('button', { name: hostile, exact: true }).isVisible());
    assert.deepEqual(problems.filter((p) => !p.includes('HTTP 400')), []);
  });

  test('a desk created with its services gets its own screen link carrying the token', async () => {
    const { page } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=desks`);
    const desks = page.getByRole('region', { name: 'Diskar' });
    await desks.getByText('Inga diskar ännu.').waitFor();

    await desks.getByLabel('Namn').fill('Disk 7');
    await desks.getByRole('button', { name: 'Lägg till' }).click();
    await desks.getByRole('alert').waitFor();
    assert.match(await desks.getByRole('alert').innerText(), /at least one service/);

    await desks.getByRole('checkbox', { name: 'Bygglov' }).check();
    await desks.getByRole('checkbox', { name: 'Enskilt rum', exact: true }).check();
    await desks.getByRole('button', { name: 'Lägg till' }).click();
    await desks.getByRole('cell', { name: 'Disk 7' }).waitFor();
    assert.ok(await desks.getByRole('row', { name: /Disk 7.*Bygglov.*Enskilt rum/ }).isVisible());
    const privateRoom = async () => (await hub.api('GET', '/api/desks')).body.find((d: { name: string }) => d.name === 'Disk 7').privateRoom;
    assert.equal(await privateRoom(), true);
    // The desk's settings take it back: a room that lost its door.
    await page.getByRole('checkbox', { name: 'Disk 7 är ett enskilt rum' }).uncheck();
    await page.getByRole('button', { name: 'Spara Disk 7' }).click();
    await eventually(async () => assert.equal(await privateRoom(), false));

    await page.getByRole('navigation', { name: 'Administrationens vyer' }).getByRole('link', { name: 'Skärmlänkar' }).click();
    const link = page.getByRole('link', { name: 'Diskskärm: Disk 7' });
    const href = new URL((await link.getAttribute('href'))!, hub.url);
    assert.equal(href.pathname, '/desk');
    assert.equal(href.searchParams.get('token'), hub.token);
    await link.click();
    await page.getByRole('heading', { name: 'Disk 7', level: 1 }).waitFor();
    await page.goBack();
    const guide = new URL((await page.getByRole('link', { name: 'Värd vid entrén (kölappar med behov)' }).getAttribute('href'))!, hub.url);
    assert.equal(`${guide.pathname} ${guide.searchParams.get('token')}`, `/guide ${hub.token}`);
    for (const [name, path] of [['Nummerlappsautomat', '/kiosk'], ['Skärm i väntrummet', '/display'], ['Utgångsenkät', '/survey']] as const) {
      assert.equal(await page.getByRole('link', { name }).getAttribute('href'), path);
    }
  });
});

describe('admin: webhooks', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => ({ hub, browser } = await startHubAndBrowser()));
  after(() => stopHubAndBrowser(hub, browser));

  test('an administrator registers a receiver, copies its secret once, reads its deliveries and disables it', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/admin?view=webhooks&token=${hub.token}`);
    const form = page.getByRole('region', { name: 'Registrera en webhook' });
    await form.getByLabel('Mottagarens adress (http eller https)').fill('ftp://arenden.example.se/lotsa');
    await form.getByRole('button', { name: 'Registrera och visa hemligheten' }).click();
    await form.getByRole('alert').waitFor();
    assert.match(await form.getByRole('alert').innerText(), /http:\/\/ eller https:\/\//);

    // Nothing listens there: the delivery is refused and waits for its next try.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/lotsa`;
    await new Promise((resolve) => closed.close(resolve));
    await form.getByLabel('Mottagarens adress (http eller https)').fill(url);
    await form.getByRole('checkbox', { name: 'ticket.issued' }).check();
    await form.getByRole('button', { name: 'Registrera och visa hemligheten' }).click();
    const secret = page.getByRole('region', { name: `Signeringshemlighet för ${url}` });
    assert.match(await secret.locator('code').innerText(), /^whsec_/);

    const service = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'A' })).body;
    await hub.api('POST', '/api/tickets', { serviceId: service.id });
    await eventually(async () => assert.equal((await hub.api('GET', '/api/webhooks/1/deliveries')).body[0]?.lastError, 'ECONNREFUSED'));
    const list = page.getByRole('region', { name: 'Registrerade webhooks' });
    await list.getByRole('row', { name: new RegExp(`${url}.*ticket.issued.*Skickar`) }).waitFor();
    await list.getByRole('button', { name: `Senaste leveranserna till ${url}` }).click();
    const deliveries = page.getByRole('region', { name: `Senaste leveranserna till ${url}` });
    await deliveries.getByRole('row', { name: /ticket\.issued.*Inte mottagen än.*ECONNREFUSED/ }).waitFor();
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/admin-webhooks-sv-1366x768.png`, fullPage: true });

    await list.getByRole('button', { name: `Stäng av ${url}` }).click();
    await list.getByRole('alertdialog').getByRole('button', { name: 'Ja, stäng av' }).click();
    await list.getByRole('row', { name: /Avstängd/ }).waitFor();
    assert.equal(await list.getByRole('button', { name: `Stäng av ${url}` }).count(), 0);
    assert.deepEqual(problems.filter((p) => !p.includes('HTTP 400')), []);
  });
});
