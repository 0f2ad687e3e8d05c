// The manager's side in the browser: the dashboard over demo history (live figures, three charts each with its
// table, the same numbers as the API, no CSP refusals, axe-clean), and the survey setup with a paper card.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { axeViolations, smallTargets } from '../helpers/axe.ts';
import { eventually, launchBrowser, openScreen, wordsBrokenMidWay, LAPTOP } from '../helpers/browser.ts';
import type { ByDay, FilteredSummary } from '../../common/schemas/reports.ts';
import type { SurveyComments } from '../../common/schemas/survey.ts';

const swedish = new Intl.NumberFormat('sv-SE');

const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

describe('dashboard and survey administration', () => {
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    [hub, browser] = await Promise.all([startHub({ args: ['--demo-days', '30'] }), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await hub?.stop();
  });

  test('the dashboard shows the period in figures, three charts with their tables, and today live', async () => {
    const service = (await hub.api<{ id: number }[]>('GET', '/api/services')).body[0]!.id;
    assert.equal((await hub.api('POST', '/api/tickets', { serviceId: service, needs: { interpreter: 'ar', privateRoom: true } })).status, 201);
    const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=dashboard`, { viewport: LAPTOP });
    await page.getByRole('link', { name: 'Översikt' }).and(page.locator('[aria-current="page"]')).waitFor();
    const from = isoDay(new Date(Date.now() - 27 * 86_400_000));
    const to = isoDay(new Date());
    const expected = (await hub.api<FilteredSummary>('GET', `/api/reports/summary?from=${from}&to=${to}`)).body;
    // Counts as Swedes write them: "3 388", not "3388" or "3,388".
    await eventually(async () => assert.equal(await page.locator('[data-figure="visits"]').innerText(), swedish.format(expected.ticketsIssued)));
    assert.ok(expected.ticketsIssued > 1000);
    assert.match(await page.locator('[data-figure="visits"]').innerText(), /^\d{1,3}\u00a0\d{3}$/);
    assert.equal(await page.locator('[data-figure="over-target"]').innerText(), swedish.format(expected.wait.overTarget));

    const charts = page.locator('figure.chart canvas');
    assert.equal(await charts.count(), 3);
    for (const canvas of await charts.all()) {
      const box = (await canvas.boundingBox())!;
      assert.ok(box.width > 200 && box.height > 100, 'the chart is drawn at a readable size');
      assert.equal(await canvas.getAttribute('role'), 'img');
    }
    // Every chart also as a table; the day table has a row per day of the API's answer.
    for (const summary of await page.getByText('Visa som tabell').all()) await summary.click();
    const days = (await hub.api<ByDay>('GET', `/api/reports/by-day?from=${from}&to=${to}`)).body.days;
    const dayTable = page.getByRole('table', { name: 'Andel som ropades inom 15 minuter, per dag' });
    assert.equal(await dayTable.locator('tbody tr').count(), days.length);
    await page.getByRole('table', { name: 'Väntetid per ankomsttimme' }).getByRole('rowheader', { name: '09–10' }).waitFor();
    await page.getByRole('table', { name: 'Enkätsvar per fråga' }).getByRole('rowheader', { name: 'Hur nöjd är du med ditt besök som helhet?' }).waitFor();
    await page.getByRole('table', { name: 'Per tjänst', exact: true }).getByRole('rowheader', { name: 'Bygga, bo, miljö och tillstånd' }).waitFor();
    const needs = page.getByRole('table', { name: 'Behov som värden registrerat' });
    await needs.getByRole('row', { name: 'Tolk: arabiska 1' }).waitFor();
    await needs.getByRole('row', { name: 'Enskilt rum 1' }).waitFor();

    // Today, live: a ticket taken now shows up without a reload.
    const before = Number((await page.locator('[data-figure="waiting-now"]').innerText()).replace(/\s/g, ''));
    await hub.api('POST', '/api/tickets', { serviceId: 1 });
    await eventually(async () => assert.equal(await page.locator('[data-figure="waiting-now"]').innerText(), swedish.format(before + 1)));

    const csv = await page.getByRole('link', { name: 'Besök (CSV)' }).getAttribute('href');
    assert.match(csv!, /^\/api\/reports\/visits\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&token=/);
    assert.deepEqual(problems, [], 'Chart.js runs under the CSP');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Today, live' }).waitFor();
    await page.getByRole('figure', { name: 'Waits by hour of arrival' }).waitFor();
  });

  for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }]) {
    test(`in Swedish at ${viewport.width}×${viewport.height} the dashboard uses the width and breaks no word`, async () => {
      const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=dashboard`, { viewport });
      await page.locator('figure.chart canvas').first().waitFor();
      for (const summary of await page.getByText('Visa som tabell').all()) await summary.click();
      await page.getByRole('table', { name: 'Per disk' }).waitFor();
      await page.screenshot({ path: `/tmp/lotsa-dashboard-${viewport.width}.png`, fullPage: true });
      assert.deepEqual(await wordsBrokenMidWay(page, 'main table, .figures, main h2, main h3'), []);
      const widths = await page.evaluate(() => ({ main: document.querySelector('main')!.clientWidth, page: document.documentElement.scrollWidth }));
      assert.ok(widths.main >= viewport.width - 60, `the dashboard is ${widths.main} px of ${viewport.width}`);
      assert.ok(widths.page <= viewport.width, 'no sideways scrolling');
      // Every table fits the column it stands in: none runs under its neighbour or needs scrolling at these widths.
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('main table')].filter((t) => t.getBoundingClientRect().width > t.parentElement!.clientWidth + 1).map((t) => t.querySelector('caption')?.textContent),
      );
      assert.deepEqual(overflowing, []);
      assert.deepEqual(problems, []);
    });
  }

  test('the comments come fifty at a time with how many there are, and can be searched', async () => {
    const { page } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=dashboard`, { viewport: LAPTOP });
    const from = isoDay(new Date(Date.now() - 27 * 86_400_000));
    const to = isoDay(new Date());
    const all = (await hub.api<SurveyComments>('GET', `/api/survey/comments?from=${from}&to=${to}`)).body;
    assert.ok(all.total > 50, 'the demo month has more comments than a page');
    const shown = page.locator('[data-figure="comments-shown"]');
    await eventually(async () => assert.equal(await shown.innerText(), `Kommentar 1–50 av ${swedish.format(all.total)}`));
    assert.equal(await page.locator('.comments li').count(), 50);
    await page.getByRole('button', { name: 'Nästa sida' }).click();
    await eventually(async () => assert.equal(await shown.innerText(), `Kommentar 51–${Math.min(100, all.total)} av ${swedish.format(all.total)}`));
    assert.equal(await page.locator('.comments li').first().locator('p').first().innerText(), all.comments[0] && (await hub.api<SurveyComments>('GET', `/api/survey/comments?from=${from}&to=${to}&offset=50&limit=1`)).body.comments[0]!.comment);

    const word = all.comments[0]!.comment.split(/\s+/).find((w) => w.length > 4)!;
    const matching = (await hub.api<SurveyComments>('GET', `/api/survey/comments?from=${from}&to=${to}&q=${encodeURIComponent(word)}`)).body.total;
    await page.getByRole('searchbox', { name: 'Sök i kommentarerna' }).fill(word.toUpperCase());
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await eventually(async () => assert.equal(await shown.innerText(), `Kommentar 1–${Math.min(50, matching)} av ${swedish.format(matching)}`));
    for (const text of await page.locator('.comments li > p:first-child').allInnerTexts()) assert.ok(text.toLowerCase().includes(word.toLowerCase()), text);
  });

  test('the dashboard passes axe-core with its tables open', async () => {
    const { page } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=dashboard`, { viewport: LAPTOP, bypassCSP: true });
    await page.locator('figure.chart canvas').first().waitFor();
    for (const summary of await page.getByText('Visa som tabell').all()) await summary.click();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page, 48), []);
  });

  test('staff type in a paper card; it is counted as paper; the survey setup view passes axe-core', async () => {
    const before = (await hub.api<FilteredSummary>('GET', '/api/reports/summary')).body.survey.bySource.paper.responses;
    const { page } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=survey`, { viewport: LAPTOP, bypassCSP: true });
    const card = page.getByRole('region', { name: 'Skriv in ett synpunktskort' });
    await card.getByLabel('Hur nöjd är du med ditt besök som helhet?').selectOption('2');
    await card.getByLabel('Hur upplevde du väntetiden?').selectOption('1');
    await card.getByLabel('Kommentar på kortet').fill('För få diskar öppna på måndagar');
    assert.deepEqual(await axeViolations(page), []);
    await card.getByRole('button', { name: 'Spara kortet' }).dblclick();
    await card.getByText('1 kort sparat.').waitFor();
    const after = (await hub.api<FilteredSummary>('GET', '/api/reports/summary')).body.survey;
    assert.equal(after.bySource.paper.responses, before + 1, 'a double click stores the card once');
    const comments = (await hub.api('GET', '/api/survey/comments')).body.comments;
    assert.deepEqual([comments[0].comment, comments[0].source], ['För få diskar öppna på måndagar', 'paper']);
    assert.equal(await card.getByLabel('Kommentar på kortet').inputValue(), '', 'ready for the next card');

    const setup = page.getByRole('region', { name: 'Enkätens frågor' });
    await setup.getByLabel('Börja om efter (sekunder utan beröring)').fill('90');
    await setup.getByRole('button', { name: 'Flytta ned' }).first().click();
    await setup.getByRole('button', { name: 'Spara enkäten' }).click();
    await setup.getByText('Enkäten är sparad', { exact: false }).waitFor();
    const asked = (await hub.api('GET', '/api/survey/questions')).body;
    assert.deepEqual(asked.questions.map((q: { id: number }) => q.id), [2, 1, 3, 4, 5]);
    assert.equal(asked.idleResetSeconds, 90);
    assert.deepEqual(await axeViolations(page), []);
  });
});
