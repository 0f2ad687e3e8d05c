// The central service's screen (/central) as a municipality's administrator meets it: the first administrator by
// the printed setup code, two sites added (each token shown once), one site's push arriving, the sites side by side
// with the one that never sent shown as behind, the shared survey questions changed, and each view checked by axe.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { startCentral, type RunningCentral } from '../helpers/central.ts';
import { launchBrowser, openScreen } from '../helpers/browser.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';

const ADMIN = { username: 'kommunen', password: 'ett riktigt långt lösenord' };
const SHOTS = process.env.LOTSA_SHOTS;

describe('the central screen', () => {
  let central: RunningCentral;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  const tokens = new Map<string, string>();

  const shoot = async (name: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  };
  const checkView = async (what: string) => {
    assert.deepEqual(await axeViolations(page), [], `${what}: axe`);
    assert.deepEqual(await smallTargets(page, 48), [], `${what}: touch targets`);
  };

  before(async () => {
    central = await startCentral();
    browser = await launchBrowser();
    ({ page, problems } = await openScreen(browser, `${central.url}/central?view=sites`, { bypassCSP: true }));
  });
  after(async () => {
    await browser?.close();
    await central?.stop();
  });

  test('the first administrator signs in with the setup code and adds two sites, each token shown once', async () => {
    await page.getByRole('heading', { name: 'Ställ in Lotsa' }).waitFor();
    const setupCode = /Setup code for the first one: (\S+)/.exec(central.output())![1]!;
    await page.getByLabel('Installationskod').fill(setupCode);
    await page.getByLabel('Användarnamn').fill(ADMIN.username);
    await page.getByLabel('Lösenord', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Lösenordet igen').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Skapa administratören' }).click();
    await page.getByRole('heading', { name: 'Lotsa central tjänst', level: 1 }).waitFor();

    for (const name of ['Medborgarservice Centrum', 'Biblioteket Väster']) {
      await page.getByLabel('Platsens namn').fill(name);
      await page.getByRole('button', { name: 'Lägg till plats' }).click();
      await page.getByText(`Nyckeln för ${name} visas bara nu.`).waitFor();
      const token = await page.getByLabel('Platsens nyckel').inputValue();
      assert.ok(token.length >= 32);
      tokens.set(name, token);
    }
    await page.getByRole('row', { name: /Biblioteket Väster/ }).waitFor();
    await shoot('central-sites-sv');
    await checkView('sites');
    await page.reload();
    await page.getByRole('row', { name: /Biblioteket Väster/ }).waitFor();
    assert.equal(await page.getByLabel('Platsens nyckel').count(), 0, 'a token is never shown again');

    // A new token asks first and replaces the old one.
    await page.getByRole('button', { name: 'Ny nyckel för Biblioteket Väster' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, ny nyckel' }).click();
    await page.getByText('Nyckeln för Biblioteket Väster visas bara nu.').waitFor();
    const replaced = await page.getByLabel('Platsens nyckel').inputValue();
    assert.notEqual(replaced, tokens.get('Biblioteket Väster'));
  });

  test('the sites side by side: the pushed visits counted, the site that never sent shown as behind', async () => {
    const day = new Date().toISOString().slice(0, 10);
    const at = Date.now() - 3_600_000;
    const visits = [1, 2, 3].map((id) => ({ id, seq: id, serviceId: 1, deskId: 1, state: 'finished', issuedAt: at + id * 1000, firstCalledAt: at + id * 1000 + 240_000, endedAt: at + id * 1000 + 600_000 }));
    const pushed = await central.api(
      'POST',
      '/api/central/push',
      {
        databaseId: randomUUID(),
        fromSeq: 0,
        toSeq: 3,
        headSeq: 3,
        sentAt: Date.now(),
        site: { name: 'Centrum', waitTargetMinutes: 15, calendar: { firstZone: 'Europe/Stockholm', changes: [] }, services: [{ id: 1, name: 'Bygglov' }], desks: [{ id: 1, name: 'Disk 1' }] },
        visits,
        responses: [],
      },
      { token: tokens.get('Medborgarservice Centrum')! },
    );
    assert.equal(pushed.status, 200, JSON.stringify(pushed.body));

    await page.getByRole('link', { name: 'Alla platser' }).click();
    const centrum = page.getByRole('row', { name: /Medborgarservice Centrum/ });
    await centrum.waitFor();
    assert.match((await centrum.innerText()).replace(/\s+/g, ' '), /aktuell .* 3 3 0 4,0/, 'three visits served, a 4-minute median wait');
    assert.match(await page.getByRole('row', { name: /Biblioteket Väster/ }).innerText(), /har aldrig skickat/);
    await page.getByRole('alert').filter({ hasText: 'En plats ligger efter: Biblioteket Väster' }).waitFor();
    assert.match((await page.getByRole('row', { name: /Alla platser/ }).innerText()).replace(/\s+/g, ' '), /3 3 0/);
    const csv = await page.getByRole('link', { name: 'Hämta jämförelsen som CSV' }).getAttribute('href');
    assert.ok(csv?.startsWith('/api/central/summary.csv?') && csv.includes(`to=${day}`));
    await shoot('central-picture-sv');
    await checkView('picture');
  });

  test('the shared survey questions are changed for every opted-in site', async () => {
    await page.getByRole('link', { name: 'Gemensamma enkätfrågor' }).click();
    await page.getByText('Inte ändrade ännu').waitFor();
    const first = page.getByRole('group', { name: 'Fråga 1' }).getByLabel('Svenska');
    await first.fill('Fick du hjälp med ditt ärende?');
    await page.getByRole('button', { name: 'Spara enkäten' }).click();
    await page.getByText('Senast ändrade').waitFor();
    const stored = await central.api('GET', '/api/central/survey-questions');
    assert.equal(stored.body.questions[0].texts.sv, 'Fick du hjälp med ditt ärende?');
    await shoot('central-questions-sv');
    await checkView('questions');
    assert.deepEqual(problems, []);
  });
});
