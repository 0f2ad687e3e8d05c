import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { startHubAndBrowser, stopHubAndBrowser, openPairedScreen, PORTRAIT } from '../helpers/browser.ts';

const SWEDISH = ['Mycket dåligt', 'Dåligt', 'Varken bra eller dåligt', 'Bra', 'Mycket bra'];
const ENGLISH = ['Very poor', 'Poor', 'Neither good nor poor', 'Good', 'Very good'];

describe('survey', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => ({ hub, browser } = await startHubAndBrowser()));
  after(() => stopHubAndBrowser(hub, browser));

  test('five questions answered by touch, a comment, thanks, and the answers land in the report', async () => {
    const { page, problems } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT, hasTouch: true });
    await page.getByRole('heading', { name: 'Hur var ditt besök?' }).waitFor();
    await page.getByRole('button', { name: 'Börja' }).tap();
    await page.getByText('Fråga 1 av 5').waitFor();
    for (const label of SWEDISH) assert.equal(await page.getByRole('button', { name: label, exact: true }).count(), 1, `one button named "${label}"`);

    await page.getByRole('button', { name: 'Mycket bra', exact: true }).tap();
    await page.getByText('Fråga 2 av 5').waitFor();
    await page.getByRole('button', { name: 'Bra', exact: true }).tap();
    await page.getByText('Fråga 3 av 5').waitFor();
    await page.getByRole('button', { name: 'Hoppa över' }).tap();
    await page.getByText('Fråga 4 av 5').waitFor();
    await page.getByRole('button', { name: 'Dåligt', exact: true }).tap();
    await page.getByText('Fråga 5 av 5').waitFor();
    await page.getByRole('heading', { name: 'Hur lätt var det att hitta hit?' }).waitFor();
    await page.getByRole('button', { name: 'Mycket bra', exact: true }).tap();

    await page.getByLabel('Vill du berätta något mer? (frivilligt)').fill('Trevlig personal <b>tack</b>');
    await page.getByRole('button', { name: 'Skicka' }).tap();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();

    const summary = await hub.api('GET', '/api/reports/summary');
    assert.equal(summary.status, 200);
    assert.equal(summary.body.survey.responses, 1);
    assert.deepEqual(summary.body.survey.meanByQuestion, [5, 4, null, 2, 5]);

    // Back to the start by itself for the next visitor.
    await page.getByRole('button', { name: 'Börja' }).waitFor({ timeout: 10_000 });
    assert.deepEqual(problems, []);
  });

  test('English after choosing English, with the scale labels in English', async () => {
    const { page } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'How was your visit?' }).waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: 'Overall, how satisfied are you with your visit?' }).waitFor();
    for (const label of ENGLISH) assert.equal(await page.getByRole('button', { name: label, exact: true }).count(), 1, `one button named "${label}"`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });

  test('with every question skipped there is nothing to send, and the screen says so', async () => {
    const { page } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT });
    await page.getByRole('button', { name: 'Börja' }).click();
    for (let n = 1; n <= 5; n++) {
      await page.getByText(`Fråga ${n} av 5`).waitFor();
      await page.getByRole('button', { name: 'Hoppa över' }).click();
    }
    await page.getByText('Du hoppade över alla frågor, så det finns inget att skicka.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Skicka' }).count(), 0);
    await page.getByRole('button', { name: 'Tillbaka till början' }).click();
    await page.getByRole('button', { name: 'Börja' }).waitFor();
    assert.equal((await hub.api('GET', '/api/reports/summary')).body.survey.responses, 1, 'nothing more was sent');
  });

  test('left untouched mid-way, the survey warns after a minute and starts over 20 s later, forgetting the answers', async () => {
    const { page } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT });
    await page.clock.install();
    await page.reload();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Very poor', exact: true }).click();
    await page.getByText('Question 2 of 5').waitFor();
    await page.clock.runFor(59_000);
    assert.ok(await page.getByText('Question 2 of 5').isVisible(), 'still there after 59 s');
    await page.getByRole('alertdialog', { name: 'Do you need more time?' }).waitFor({ state: 'detached' });
    await page.clock.runFor(2_000);
    await page.getByRole('alertdialog', { name: 'Do you need more time?' }).waitFor();
    await page.clock.runFor(20_000);
    await page.getByRole('button', { name: 'Börja' }).waitFor({ timeout: 2_000 });

    // The next visitor's first answer is their own: answering only question 5 sends [null × 4, 5].
    await page.getByRole('button', { name: 'Börja' }).click();
    for (let n = 1; n <= 4; n++) {
      await page.getByText(`Fråga ${n} av 5`).waitFor();
      await page.getByRole('button', { name: 'Hoppa över' }).click();
    }
    await page.getByRole('button', { name: 'Bra', exact: true }).click();
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    const survey = (await hub.api('GET', '/api/reports/summary')).body.survey;
    assert.equal(survey.responses, 2);
    assert.deepEqual(survey.meanByQuestion, [5, 4, null, 2, 4.5], 'the abandoned "Very poor" was not sent');
  });
});
