// A visitor's reading aids on the kiosk and the survey: text at 200 % that reflows without sideways scrolling or a
// clipped control, a high-contrast scheme, both for this visitor only; and the keyboard focus stays visible on a
// pressed button.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { axeViolations } from '../helpers/axe.ts';
import { startHubAndBrowser, stopHubAndBrowser, openPairedScreen, PORTRAIT, LANDSCAPE } from '../helpers/browser.ts';

/** What a visitor at 200 % would find broken: the page scrolling sideways, a button off screen or its text cut. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) found.push(`the page is ${document.documentElement.scrollWidth}px wide in ${width}px`);
    for (const button of document.querySelectorAll<HTMLElement>('button')) {
      const box = button.getBoundingClientRect();
      const name = button.textContent?.trim();
      if (box.left < 0 || box.right > width + 0.5) found.push(`"${name}" spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      if (button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1) found.push(`"${name}" cuts its text`);
    }
    return found;
  });
}

const rootFontPx = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const paper = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('visitor reading aids', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    for (const [name, prefix] of [['Bygglov', 'B'], ['Försörjningsstöd och ekonomiskt bistånd', 'F'], ['Parkeringstillstånd', 'P']]) {
      assert.equal((await hub.api('POST', '/api/services', { name, prefix })).status, 201);
    }
  });
  after(() => stopHubAndBrowser(hub, browser));

  for (const viewport of [PORTRAIT, LANDSCAPE]) {
    test(`kiosk at ${viewport.width}×${viewport.height}: larger text and high contrast to the receipt, reset for the next visitor`, async () => {
      const { page, problems } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport, bypassCSP: true });
      const larger = page.getByRole('button', { name: 'Större text' });
      const contrast = page.getByRole('button', { name: 'Hög kontrast' });
      await larger.click();
      await contrast.click();
      assert.equal(await larger.getAttribute('aria-pressed'), 'true');
      assert.equal(await rootFontPx(page), 32, 'text at 200 %');
      assert.equal(await paper(page), 'rgb(0, 0, 0)', 'the high-contrast scheme');
      assert.deepEqual(await layoutProblems(page), []);
      assert.deepEqual(await axeViolations(page), []);

      await page.getByRole('button', { name: 'Försörjningsstöd och ekonomiskt bistånd' }).click();
      await page.getByRole('heading', { name: 'Ditt nummer' }).waitFor();
      assert.deepEqual(await layoutProblems(page), [], 'the receipt too');
      assert.deepEqual(await axeViolations(page), []);

      await page.getByRole('button', { name: 'Klar' }).click();
      await larger.waitFor();
      assert.equal(await larger.getAttribute('aria-pressed'), 'false', 'the next visitor starts without');
      assert.equal(await rootFontPx(page), 16);
      assert.equal(await paper(page), 'rgb(255, 255, 255)');
      assert.deepEqual(problems, []);
    });
  }

  test('survey: a question at 200 % in both orientations puts one answer a line, nothing cut', async () => {
    const { page, problems } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT, bypassCSP: true });
    await page.getByRole('button', { name: 'Större text' }).click();
    await page.getByRole('button', { name: 'Hög kontrast' }).click();
    await page.getByRole('button', { name: 'Börja' }).click();
    await page.getByText('Fråga 1 av 5').waitFor();
    for (const viewport of [PORTRAIT, LANDSCAPE]) {
      await page.setViewportSize(viewport);
      assert.deepEqual(await layoutProblems(page), [], `at ${viewport.width}×${viewport.height}`);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('a pressed language button still shows the keyboard focus; the system asking for more contrast turns it on', async () => {
    const { page } = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT, forcedColors: 'none', contrast: 'more' });
    const swedish = page.getByRole('button', { name: 'Svenska' });
    await swedish.waitFor();
    assert.equal(await swedish.getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Tab');
    await swedish.focus();
    const ring = await swedish.evaluate((el) => ({ visible: el.matches(':focus-visible'), style: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth }));
    assert.deepEqual([ring.visible, ring.style], [true, 'solid']);
    assert.ok(parseFloat(ring.width) >= 4, `a ring of ${ring.width}, at least 4 px`);
    assert.equal(await paper(page), 'rgb(0, 0, 0)', 'prefers-contrast: more starts in high contrast');
    assert.equal(await page.getByRole('button', { name: 'Hög kontrast' }).getAttribute('aria-pressed'), 'true');
  });
});
