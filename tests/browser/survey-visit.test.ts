// The survey screen beyond answering: many taps on Send are one response, the ticket number typed on the on-screen
// keyboard links the rating to the visit's service, and the screen asks the questions the administrator set up.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { addService, takeTicket } from '../helpers/centre.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';
import { startHubAndBrowser, stopHubAndBrowser, openPairedScreen, PORTRAIT } from '../helpers/browser.ts';
import type { FilteredSummary } from '../../common/schemas/reports.ts';
import type { SurveyConfig } from '../../common/schemas/survey.ts';

describe('survey and the visit', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => ({ hub, browser } = await startHubAndBrowser()));
  after(() => stopHubAndBrowser(hub, browser));
  const summary = async (query = '') => (await hub.api<FilteredSummary>('GET', `/api/reports/summary${query}`)).body.survey;

  async function answerAll(page: Page, label: string) {
    await page.getByRole('button', { name: 'Börja' }).tap();
    for (let n = 1; n <= 5; n++) {
      await page.getByText(`Fråga ${n} av 5`).waitFor();
      await page.getByRole('button', { name: label, exact: true }).tap();
    }
    await page.getByRole('button', { name: 'Skicka' }).waitFor();
  }

  test('five quick touches on Send store one response', async () => {
    const { page, problems } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT, hasTouch: true });
    await answerAll(page, 'Bra');
    // Five clicks in one go, before the screen can redraw: the lock must hold without waiting for a render.
    await page.getByRole('button', { name: 'Skicka' }).evaluate((button: HTMLButtonElement) => {
      for (let i = 0; i < 5; i++) button.click();
    });
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    const survey = await summary();
    assert.equal(survey.responses, 1);
    assert.deepEqual(survey.meanByQuestion, [4, 4, 4, 4, 4]);
    assert.deepEqual(problems, []);
  });

  test('the ticket number typed on the on-screen keyboard links the answers to the visit; a wrong one is explained', async () => {
    const service = await addService(hub, 'Bygglov', 'B');
    const ticket = await takeTicket(hub, service.id);
    assert.equal(ticket.number, 'B001');
    const { page } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT, hasTouch: true, bypassCSP: true });
    await answerAll(page, 'Mycket bra');
    assert.deepEqual(await axeViolations(page), [], 'comment step with the keyboard');
    assert.deepEqual(await smallTargets(page, 48), []);

    await page.getByLabel('Ditt kölappsnummer (frivilligt)').tap();
    const keyboard = page.getByRole('group', { name: 'Tangentbord för ditt kölappsnummer' });
    for (const key of ['B', '0', '0', '2']) await keyboard.getByRole('button', { name: key, exact: true }).tap();
    await page.getByRole('button', { name: 'Skicka' }).tap();
    await page.getByRole('alert').getByText('Det finns ingen kölapp B002 i dag.', { exact: false }).waitFor();
    assert.equal((await summary()).responses, 1, 'nothing stored for a wrong number');

    await keyboard.getByRole('button', { name: 'Radera' }).tap();
    await keyboard.getByRole('button', { name: '1', exact: true }).tap();
    assert.equal(await page.getByLabel('Ditt kölappsnummer (frivilligt)').inputValue(), 'B001');
    await page.getByLabel('Vill du berätta något mer? (frivilligt)').tap();
    for (const key of ['t', 'a', 'c', 'k', 'å']) await page.getByRole('group', { name: 'Tangentbord för din kommentar' }).getByRole('button', { name: key, exact: true }).tap();
    await page.getByRole('button', { name: 'Skicka' }).tap();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();

    const linked = await summary(`?serviceId=${service.id}`);
    assert.equal(linked.responses, 1);
    assert.deepEqual(linked.meanByQuestion, [5, 5, 5, 5, 5]);
    const comments = (await hub.api('GET', '/api/survey/comments')).body.comments;
    assert.deepEqual([comments[0].comment, comments[0].serviceName], ['tackå', 'Bygglov']);
  });

  test('the survey asks what the administrator set up: reworded, reordered, one switched off, in English too', async () => {
    const original = (await hub.api<SurveyConfig>('GET', '/api/survey/config')).body;
    const [q1, q2, q3, q4, q5] = original.questions;
    const setup = { idleResetSeconds: 60, questions: [{ ...q4!, texts: { sv: 'Fick du hjälp i dag?', en: 'Did we help you today?' } }, q1!, q2!, q5!, { ...q3!, active: false }] };
    assert.equal((await hub.api('POST', '/api/survey/config', setup)).status, 200);
    try {
      const { page } = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT });
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('heading', { name: 'Did we help you today?' }).waitFor();
      await page.getByText('Question 1 of 4').waitFor();
      await page.getByRole('button', { name: 'Very poor', exact: true }).click();
      for (let n = 2; n <= 4; n++) {
        await page.getByText(`Question ${n} of 4`).waitFor();
        await page.getByRole('button', { name: 'Skip' }).click();
      }
      const since = new Date().toISOString();
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByRole('heading', { name: 'Thank you for your answers!' }).waitFor();
      const now = (await summary(`?from=${encodeURIComponent(since)}`)).meanByQuestion;
      assert.deepEqual(now, [null, null, null, 1, null], 'the first answer went to question 4, whose slot it is');
    } finally {
      await hub.api('POST', '/api/survey/config', original);
    }
  });
});
