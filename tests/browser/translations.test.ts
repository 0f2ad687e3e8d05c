// A centre corrects a text as it would: the administrator uploads a corrected CSV on the Translations page, and the
// kiosk standing in the entrance shows the new text without a reload; a bad file is refused with its line named.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, openPairedScreen, openScreen, startHubAndBrowser, stopHubAndBrowser, LAPTOP, PORTRAIT } from '../helpers/browser.ts';
import { toCsv } from '../../common/text/csv.ts';
import { VISITOR_KEYS } from '../../common/i18n/visitorKeys.ts';

const SHOTS = process.env.LOTSA_SHOTS;

describe('correcting a translation', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    assert.equal((await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).status, 201);
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en', 'ar'] })).status, 200);
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('an uploaded correction shows on the open kiosk at once; a bad file names its line and changes nothing', async () => {
    const kiosk = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await kiosk.page.getByRole('heading', { name: 'Vad gäller ditt besök?' }).waitFor();

    const admin = await openScreen(browser, `${hub.url}/admin?view=translations&token=${hub.token}`, { viewport: LAPTOP });
    const swedish = admin.page.getByRole('row').filter({ has: admin.page.getByRole('rowheader', { name: /Svenska/ }) });
    assert.match(await swedish.innerText(), /granskade/);
    assert.match(await admin.page.getByRole('row').filter({ has: admin.page.getByRole('rowheader', { name: /العربية/ }) }).innerText(), /utkast/, 'a draft is never called reviewed');
    const header = ['key', 'English', 'Svenska (sv)'];
    await swedish.getByLabel('Ladda upp en rättad fil för Svenska').setInputFiles({
      name: 'lotsa-sv.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toCsv(header, [['kiosk.chooseService', 'What is your visit about?', 'Vad gäller ditt ärende i dag?']])),
    });
    await admin.page.getByText('Svenska: 1 text ändrades.').waitFor();
    await eventually(async () => assert.match(await swedish.innerText(), new RegExp(`1 av ${VISITOR_KEYS.length}`)));

    await kiosk.page.getByRole('heading', { name: 'Vad gäller ditt ärende i dag?' }).waitFor();

    await swedish.getByLabel('Ladda upp en rättad fil för Svenska').setInputFiles({
      name: 'lotsa-sv.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(toCsv(header, [['kiosk.title', '', 'Ta en lapp'], ['kiosk.ahead', '', '{antal} före dig']])),
    });
    const refusal = await admin.page.getByRole('alert').innerText();
    assert.match(refusal, /filen lästes inte in, ingenting ändrades.*line 3: kiosk\.ahead: placeholder \{count\} is missing/s);
    await eventually(async () => assert.match(await swedish.innerText(), new RegExp(`1 av ${VISITOR_KEYS.length}`), 'not even the good line was stored'));
    if (SHOTS) await admin.page.screenshot({ path: `${SHOTS}/admin-translations-sv.png`, fullPage: true });

    // Arabic: a correction shows right-to-left in the language the visitor chose.
    const arabic = await hub.fetch('/api/translations/ar', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${hub.token}` },
      body: toCsv(['key', 'English', 'ar'], [['kiosk.chooseService', '', 'ما الخدمة التي تحتاجها اليوم؟']]),
    });
    assert.equal(arabic.status, 200);
    await kiosk.page.getByRole('button', { name: 'العربية' }).click();
    await kiosk.page.getByRole('heading', { name: 'ما الخدمة التي تحتاجها اليوم؟' }).waitFor();
    if (SHOTS) await kiosk.page.screenshot({ path: `${SHOTS}/kiosk-ar-corrected.png` });
    assert.deepEqual(kiosk.problems, []);
  });
});
