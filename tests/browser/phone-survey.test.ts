// A visit finished at a desk is rated on the visitor's phone (Chromium at a phone's size): the follow page asks the
// centre's questions in the ticket's language, one at a time with big answers, takes a comment, thanks, and does not
// ask again after a reload; the report counts the answer as the phone's.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { openScreen, startHubAndBrowser, stopHubAndBrowser } from '../helpers/browser.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';
import type { FilteredSummary } from '../../common/schemas/reports.ts';

const PHONE = { width: 390, height: 844 };
const HOSTILE = '<img src=x onerror="document.title=\'hacked\'">';

describe('the survey on the visitor’s phone', () => {
  let hub: RunningHub;
  let browser: Browser;
  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('after the visit the phone rates it once; the report counts it as the phone', async () => {
    const service = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    const desk = (await hub.api('POST', '/api/desks', { name: 'Disk 2', serviceIds: [service] })).body.id;
    const ticket = (await hub.api('POST', '/api/tickets', { serviceId: service })).body;
    await hub.api('POST', `/api/desks/${desk}/next`);
    assert.equal((await hub.api('POST', `/api/desks/${desk}/finish`)).status, 200);

    const { page, problems } = await openScreen(browser, ticket.followUrl, { viewport: PHONE, hasTouch: true, isMobile: true, bypassCSP: true });
    await page.getByRole('heading', { name: 'Hur var ditt besök?' }).waitFor();
    await page.getByRole('heading', { name: 'Hur nöjd är du med ditt besök som helhet?' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page, 48), []);
    for (const answer of ['Mycket bra', 'Bra', 'Hoppa över', 'Mycket bra', 'Varken bra eller dåligt']) await page.getByRole('button', { name: answer, exact: true }).click();
    await page.getByRole('textbox', { name: 'Vill du berätta något mer? (frivilligt)' }).fill(HOSTILE);
    await page.getByRole('button', { name: 'Skicka' }).click();
    await page.getByRole('status').filter({ hasText: 'Tack för dina svar!' }).waitFor();

    await page.reload();
    await page.getByText('Tack för dina svar!').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Mycket bra' }).count(), 0, 'it does not ask again');
    assert.deepEqual(problems, []);

    const survey = (await hub.api<FilteredSummary>('GET', '/api/reports/summary')).body.survey;
    assert.deepEqual([survey.bySource.phone.responses, survey.bySource.phone.meanByQuestion], [1, [5, 4, null, 5, 3]]);
    assert.equal((await hub.api('GET', '/api/survey/comments')).body.comments[0].comment, HOSTILE);
  });
});
