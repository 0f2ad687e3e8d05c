import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import type { Service } from '../../common/schemas/services.ts';
import { axeViolations } from '../helpers/axe.ts';
import { deviceCookie, eventually, startHubAndBrowser, stopHubAndBrowser, openPairedScreen, openScreen, PORTRAIT } from '../helpers/browser.ts';

describe('kiosk', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    for (const service of [
      { name: 'Bygglov', prefix: 'B' },
      { name: 'Parkeringstillstånd', prefix: 'P' },
    ]) {
      assert.equal((await hub.api('POST', '/api/services', service)).status, 201);
    }
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('a tap on a service shows a large number and the queue ahead; the next tap gets the next number', async () => {
    const { page, problems } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await page.getByRole('button', { name: 'Bygglov', exact: true }).click();

    const number = page.getByText('B001', { exact: true });
    await number.waitFor();
    assert.ok(await page.getByRole('heading', { name: 'Ditt nummer' }).isVisible());
    assert.ok(await page.getByText('Du är näst på tur').isVisible());
    const fontPx = await number.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontPx >= 96, `the number is drawn at ${fontPx}px, expected at least 96px`);

    await page.getByRole('button', { name: 'Klar' }).click();
    await page.getByRole('button', { name: 'Bygglov', exact: true }).click();
    await page.getByText('B002', { exact: true }).waitFor();
    assert.ok(await page.getByText('1 person före dig').isVisible());
    assert.match((await page.locator('body').innerText()), /cirka \d+ min/);

    // The hub holds the same tickets the visitor was shown.
    const queue = await hub.api('GET', '/api/queue');
    assert.deepEqual(queue.body.waiting.map((t: { number: string }) => t.number), ['B001', 'B002']);
    assert.deepEqual(problems, []);
  });

  test('English changes the texts, and the next visitor starts in Swedish again', async () => {
    const { page } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await page.getByRole('heading', { name: 'Vad gäller ditt besök?' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'What is your visit about?' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    await page.getByRole('button', { name: 'Parkeringstillstånd' }).click();
    await page.getByRole('heading', { name: 'Your number' }).waitFor();
    assert.ok(await page.getByText('P001', { exact: true }).isVisible());
    assert.ok(await page.getByText('You are next').isVisible());
    const ticket = (await hub.api('GET', '/api/queue')).body.waiting.find((t: { number: string }) => t.number === 'P001');
    assert.equal(ticket.language, 'en', 'the ticket carries the language the visitor chose');

    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: 'Vad gäller ditt besök?' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  });

  test('the receipt stays 30 s, then asks and says "Do you need more time?"; a touch gives more, and only 20 s unanswered start over', async () => {
    const { page } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    const said: string[] = [];
    page.on('request', (request) => request.url().includes('/api/speech?') && said.push(new URL(request.url()).searchParams.get('text')!));
    await page.clock.install();
    await page.reload();
    await page.getByRole('button', { name: 'Bygglov', exact: true }).click();
    const receipt = page.getByRole('heading', { name: 'Ditt nummer' });
    const warning = page.getByRole('alertdialog', { name: 'Behöver du mer tid?' });
    await receipt.waitFor();
    await page.clock.runFor(29_000);
    assert.equal(await warning.count(), 0, 'no warning within the first 30 s');
    await page.clock.runFor(2_000);
    await warning.waitFor();
    await eventually(() => assert.ok(said.includes('Behöver du mer tid?'), 'the warning is said as well as shown'));
    await page.clock.runFor(17_000);
    assert.ok(await warning.isVisible(), 'the warning stands for 20 s');
    await page.getByRole('button', { name: 'Ja, fortsätt' }).click();
    await warning.waitFor({ state: 'detached' });
    await page.clock.runFor(29_000);
    assert.ok(await receipt.isVisible(), 'the touch started the 30 s again');
    await page.clock.runFor(2_000 + 20_000);
    await page.getByRole('button', { name: 'Bygglov', exact: true }).waitFor({ timeout: 2_000 });
    assert.equal(await receipt.count(), 0);
  });

  test('when the hub cannot be reached the visitor is sent to the reception, not left with a blank screen', async () => {
    const { page } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await page.route('**/api/tickets', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Bygglov', exact: true }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByRole('alert').innerText(), 'Något gick fel. Fråga i receptionen.');
    await page.getByRole('button', { name: 'Klar' }).click();
    await eventually(async () => assert.ok(await page.getByRole('button', { name: 'Bygglov', exact: true }).isVisible()));
  });

  test('a tap whose answer is lost is sent again with its Idempotency-Key: one ticket, and the visitor sees its number', async () => {
    const { page } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    const numbers = async () => (await hub.api('GET', '/api/queue')).body.waiting.map((t: { number: string }) => t.number) as string[];
    const before = await numbers();
    const keys: string[] = [];
    await page.route('**/api/tickets', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length > 1) return route.continue();
      // The first send reaches the hub and the ticket is made, but its answer never comes back.
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Parkeringstillstånd', exact: true }).click();
    await page.getByRole('heading', { name: 'Ditt nummer' }).waitFor();
    const made = (await numbers()).filter((number) => !before.includes(number));
    assert.equal(made.length, 1, `one ticket for the tap, got ${made.join(', ')}`);
    assert.ok(await page.getByText(made[0]!, { exact: true }).isVisible(), 'the visitor sees the number the hub made');
    assert.equal(keys.length, 2, 'sent once more');
    assert.ok(keys[0] && keys[0] === keys[1], 'with the same key');
  });

  test('a kiosk taking tickets faster than visitors can asks the next one to wait a moment, without a number', async () => {
    const url = `${hub.url}/kiosk`;
    const kiosk = await hub.pairDevice('kiosk');
    const { page } = await openScreen(browser, url, { viewport: PORTRAIT }, [deviceCookie(kiosk, url)]);
    await page.getByRole('button', { name: 'Bygglov', exact: true }).waitFor();
    const bygglov = (await hub.api<Service[]>('GET', '/api/services')).body.find((s) => s.name === 'Bygglov')!;
    // Something hammers this kiosk's credential until the hub's limit holds it back.
    let status = 201;
    for (let i = 0; i < 30 && status === 201; i++) status = (await hub.api('POST', '/api/tickets', { serviceId: bygglov.id }, { token: kiosk })).status;
    assert.equal(status, 429);

    await page.getByRole('button', { name: 'Bygglov', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.innerText(), 'Vänta en liten stund och försök igen.');
    assert.equal(await page.getByRole('heading', { name: 'Ditt nummer' }).count(), 0);
    assert.ok(await page.getByRole('button', { name: 'Bygglov', exact: true }).isEnabled(), 'the visitor can try again');
  });

  test('a hub that cannot write sends the visitor to the reception in large type, and the next tap takes a ticket', async () => {
    const { page } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await page.getByRole('button', { name: 'Parkeringstillstånd' }).waitFor();
    // Another program holds the database's write lock past the hub's patience: the hub answers 503.
    const other = new Database(join(hub.dataDir, 'lotsa.sqlite'));
    try {
      other.exec('BEGIN EXCLUSIVE');
      await page.getByRole('button', { name: 'Parkeringstillstånd' }).click();
      await page.getByRole('alert').waitFor({ timeout: 20_000 });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const alert = page.getByRole('alert');
    assert.equal(await alert.innerText(), 'Något gick fel. Fråga i receptionen.');
    const fontPx = await alert.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontPx >= 36, `the message is drawn at ${fontPx}px`);

    await page.getByRole('button', { name: 'Klar' }).click();
    await page.getByRole('button', { name: 'Parkeringstillstånd' }).click();
    await page.getByRole('heading', { name: 'Ditt nummer' }).waitFor();
  });

  test('the kiosk offers exactly the centre’s languages in its order, and reads Arabic right to left, names included', async () => {
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en', 'ar'] })).status, 200);
    const services = (await hub.api<Service[]>('GET', '/api/services')).body;
    const bygglov = services.find((s) => s.name === 'Bygglov')!;
    assert.equal((await hub.api('POST', `/api/services/${bygglov.id}/names`, { names: { ar: 'تراخيص البناء' } })).status, 200);
    try {
      const { page, problems } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT, bypassCSP: true });
      const languages = page.getByRole('group', { name: 'Välj språk' });
      await languages.waitFor();
      assert.deepEqual(await languages.getByRole('button').allInnerTexts(), ['Svenska', 'English', 'العربية']);

      await languages.getByRole('button', { name: 'العربية' }).click();
      await page.getByRole('heading', { name: 'ما سبب زيارتك؟' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
      // A service with an Arabic name shows it; one without shows its Swedish name, marked so it is read as Swedish.
      await page.getByRole('button', { name: 'تراخيص البناء', exact: true }).waitFor();
      const untranslated = page.getByRole('button', { name: 'Parkeringstillstånd', exact: true }).locator('span[lang="sv"]');
      assert.deepEqual([await untranslated.innerText(), await untranslated.getAttribute('dir')], ['Parkeringstillstånd', 'ltr']);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'no horizontal scrolling');
      assert.deepEqual(await axeViolations(page), []);
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'kiosk-ar-1080x1920.png') });

      await page.getByRole('button', { name: 'تراخيص البناء', exact: true }).click();
      await page.getByRole('heading', { name: 'رقمك' }).waitFor();
      assert.equal(await page.locator('.receipt__service').innerText(), 'تراخيص البناء');
      if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, 'kiosk-ar-ticket-1080x1920.png') });
      const queue = (await hub.api('GET', '/api/queue')).body.waiting as { number: string; language: string }[];
      assert.equal(queue.at(-1)?.language, 'ar', 'the ticket carries Arabic');

      await page.getByRole('button', { name: 'تم' }).click();
      await page.getByRole('heading', { name: 'Vad gäller ditt besök?' }).waitFor();
      assert.equal(await page.locator('html').getAttribute('dir'), 'ltr', 'the next visitor starts in the first language');
      assert.deepEqual(problems, []);
    } finally {
      await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en'] });
    }
  });
});
