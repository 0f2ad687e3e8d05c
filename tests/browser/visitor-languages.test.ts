// A visitor's language carried through every visitor screen: chosen at the kiosk, on the ticket, on the follow page
// behind its QR code, and in the exit survey started from the ticket's number, with the comment typed on the
// keyboard of that language's script. Arabic for right to left, Tigrinya for a non-Latin script read left to right.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { addService, getTicket } from '../helpers/centre.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';
import { LANDSCAPE, openPairedScreen, openScreen, PORTRAIT, startHubAndBrowser, stopHubAndBrowser } from '../helpers/browser.ts';
import { t } from '../../common/i18n/translate.ts';
import { languageInfo, type LanguageCode } from '../../common/i18n/languages.ts';
import type { TicketView } from '../../common/schemas/tickets.ts';

const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The screen is in the language, its direction and without a horizontal scroll bar, and axe finds nothing. */
async function assertScreenIn(page: Page, lang: LanguageCode, dir: 'ltr' | 'rtl', where: string): Promise<void> {
  assert.deepEqual(await page.locator('html').evaluate((html: HTMLElement) => [html.lang, html.dir]), [lang, dir], where);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${where}: no horizontal scrolling`);
  assert.deepEqual(await axeViolations(page), [], where);
}

describe('a visitor in their own language through kiosk, follow page and survey', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en', 'ar', 'ti', 'uk'] })).status, 200);
    await addService(hub, 'Bygglov', 'B');
  });
  after(() => stopHubAndBrowser(hub, browser));

  /** Takes a ticket at the kiosk in the language and returns it as the hub holds it; the kiosk then starts over. */
  async function ticketAtKiosk(lang: LanguageCode, dir: 'ltr' | 'rtl') {
    const { page, problems } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT, hasTouch: true, bypassCSP: true });
    const languages = page.getByRole('group', { name: 'Välj språk' });
    await languages.waitFor();
    assert.deepEqual(await languages.getByRole('button').allInnerTexts(), ['Svenska', 'English', 'العربية', 'ትግርኛ', 'Українська'], 'every enabled language');
    await shot(page, 'kiosk-sv-1080x1920');
    await languages.getByRole('button', { name: languageInfo(lang).name, exact: true }).tap();
    await page.getByRole('heading', { name: t(lang, 'kiosk.chooseService') }).waitFor();
    await assertScreenIn(page, lang, dir, `kiosk in ${lang}`);
    await shot(page, `kiosk-${lang}-1080x1920`);

    await page.getByRole('button', { name: 'Bygglov', exact: true }).tap();
    await page.getByRole('heading', { name: t(lang, 'kiosk.yourNumber') }).waitFor();
    const number = await page.locator('.receipt__number bdi').innerText();
    await shot(page, `kiosk-${lang}-ticket-1080x1920`);
    const queued = ((await hub.api('GET', '/api/queue')).body.waiting as TicketView[]).find((ticket) => ticket.number === number)!;
    assert.equal(queued.language, lang, 'the ticket carries the chosen language');

    await page.getByRole('button', { name: t(lang, 'kiosk.done') }).tap();
    await page.getByRole('heading', { name: 'Vad gäller ditt besök?' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'sv', 'the next visitor starts in the first language');
    assert.deepEqual(problems, []);
    return getTicket(hub, queued.id);
  }

  /** Opens the follow page from the ticket's QR address on a phone: it is in the ticket's language. */
  async function follow(followUrl: string, lang: LanguageCode, dir: 'ltr' | 'rtl', number: string) {
    const { page, problems } = await openScreen(browser, followUrl, { viewport: PHONE, hasTouch: true, bypassCSP: true });
    await page.getByRole('heading', { name: t(lang, 'follow.title') }).waitFor();
    await assertScreenIn(page, lang, dir, `follow page in ${lang}`);
    // The number reads left to right inside its isolate, whatever the page's direction.
    assert.deepEqual(await page.locator('.follow__number bdi').evaluate((bdi) => [bdi.textContent, getComputedStyle(bdi).direction]), [number, 'ltr']);
    await shot(page, `follow-${lang}-390x844`);
    return { page, problems };
  }

  /** The survey started from the ticket's number: its questions in the ticket's language, the number already filled in. */
  async function surveyFromTicket(number: string, lang: LanguageCode, dir: 'ltr' | 'rtl') {
    const { page, problems } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT, hasTouch: true, bypassCSP: true });
    await page.getByRole('button', { name: 'Jag har mitt kölappsnummer' }).waitFor();
    await shot(page, 'survey-sv-start-1080x1920');
    await page.getByRole('button', { name: 'Jag har mitt kölappsnummer' }).tap();
    const keyboard = page.getByRole('group', { name: 'Tangentbord för ditt kölappsnummer' });
    for (const key of number) await keyboard.getByRole('button', { name: key, exact: true }).tap();
    await page.getByRole('button', { name: 'Börja', exact: true }).tap();
    await page.getByText(t(lang, 'survey.question', { n: 1, total: 5 })).waitFor();
    await assertScreenIn(page, lang, dir, `survey question in ${lang}`);
    await shot(page, `survey-${lang}-question-1080x1920`);
    await page.getByRole('button', { name: t(lang, 'survey.scale.5'), exact: true }).tap();
    for (let n = 2; n <= 5; n++) {
      await page.getByText(t(lang, 'survey.question', { n, total: 5 })).waitFor();
      await page.getByRole('button', { name: t(lang, 'survey.skip') }).tap();
    }
    await page.getByRole('button', { name: t(lang, 'survey.send') }).waitFor();
    assert.equal(await page.getByLabel(t(lang, 'survey.ticketNumber')).inputValue(), number);
    return { page, problems, keyboard: page.getByRole('group', { name: t(lang, 'survey.keyboard.comment') }) };
  }

  async function sendAndReadComment(page: Page, lang: LanguageCode) {
    await page.getByRole('button', { name: t(lang, 'survey.send') }).tap();
    await page.getByRole('heading', { name: t(lang, 'survey.thanks') }).waitFor();
    return (await hub.api('GET', '/api/survey/comments')).body.comments[0] as { comment: string; serviceName: string };
  }

  test('Arabic: kiosk, ticket, follow page and survey right to left, numbers left to right inside their isolates', async () => {
    const ticket = await ticketAtKiosk('ar', 'rtl');
    const followed = await follow(ticket.followUrl, 'ar', 'rtl', ticket.number);
    // The language switch on the phone, and back.
    await followed.page.getByRole('button', { name: 'Svenska' }).tap();
    await followed.page.getByRole('heading', { name: 'Din plats i kön' }).waitFor();
    await assertScreenIn(followed.page, 'sv', 'ltr', 'follow page switched to Swedish');
    await shot(followed.page, 'follow-sv-390x844');
    await followed.page.getByRole('button', { name: 'العربية' }).tap();
    await followed.page.getByRole('heading', { name: t('ar', 'follow.title') }).waitFor();
    assert.deepEqual(followed.problems, []);

    const { page, problems, keyboard } = await surveyFromTicket(ticket.number, 'ar', 'rtl');
    for (const key of 'شكرا') await keyboard.getByRole('button', { name: key, exact: true }).tap();
    assert.equal(await page.getByLabel(t('ar', 'survey.comment')).inputValue(), 'شكرا');
    assert.deepEqual(await smallTargets(page, 48), []);
    assert.deepEqual(await axeViolations(page), [], 'comment step in Arabic');
    await shot(page, 'survey-ar-comment-1080x1920');
    await page.setViewportSize(LANDSCAPE);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the Arabic keyboard fits 1920×1080');
    assert.deepEqual(await smallTargets(page, 48), []);
    const comment = await sendAndReadComment(page, 'ar');
    assert.deepEqual([comment.comment, comment.serviceName], ['شكرا', 'Bygglov'], 'the comment is linked to the visit');
    assert.deepEqual(problems, []);
  });

  test('Tigrinya: the same visit in Ge\'ez script, the comment typed syllable by syllable on its keyboard', async () => {
    const ticket = await ticketAtKiosk('ti', 'ltr');
    const followed = await follow(ticket.followUrl, 'ti', 'ltr', ticket.number);
    assert.deepEqual(followed.problems, []);

    const { page, problems, keyboard } = await surveyFromTicket(ticket.number, 'ti', 'ltr');
    // ሰላም: a consonant opens its forms; the form types the syllable.
    for (const [consonant, syllable] of [
      ['ሰ', 'ሰ'],
      ['ለ', 'ላ'],
      ['መ', 'ም'],
    ] as const) {
      await keyboard.getByRole('button', { name: consonant, exact: true }).tap();
      await page.getByRole('group', { name: t('ti', 'survey.keyboard.forms', { letter: consonant }) }).getByRole('button', { name: syllable, exact: true }).tap();
    }
    assert.equal(await page.getByLabel(t('ti', 'survey.comment')).inputValue(), 'ሰላም');
    await keyboard.getByRole('button', { name: 'ለ', exact: true }).tap();
    assert.deepEqual(await smallTargets(page, 48), [], 'the open forms picker too');
    assert.deepEqual(await axeViolations(page), [], 'comment step in Tigrinya with the forms open');
    await shot(page, 'survey-ti-comment-1080x1920');
    await keyboard.locator('[aria-expanded="true"]').tap();
    assert.equal(await page.getByRole('group', { name: t('ti', 'survey.keyboard.forms', { letter: 'ለ' }) }).count(), 0, 'a second tap closes the forms');
    const comment = await sendAndReadComment(page, 'ti');
    assert.deepEqual([comment.comment, comment.serviceName], ['ሰላም', 'Bygglov']);
    assert.deepEqual(problems, []);
  });
});
