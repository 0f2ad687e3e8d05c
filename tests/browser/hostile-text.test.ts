// Names and texts typed by staff or visitors reach every screen: a service, a desk, a booked visitor's name, a
// survey question and comment, an outcome, a screen's name. Written as markup, each must show as the characters it
// is, on every screen, under the hub's CSP, and run nothing; and no screen may hand text to the HTML parser at all.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import type { SurveyConfig } from '../../common/schemas/survey.ts';
import type { Ticket } from '../../common/schemas/tickets.ts';
import { addDesk, addService, callNext, takeTicket } from '../helpers/centre.ts';
import { openPairedScreen, openScreen, startHubAndBrowser, stopHubAndBrowser, LANDSCAPE, PORTRAIT, type OpenedScreen } from '../helpers/browser.ts';

/** Fits the 80 characters of a service, a booked name and a question. */
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
/** Fits the 40 characters of a desk and the 60 of an outcome, a centre's and a screen's name. */
const HOSTILE_SHORT = '<img src=x onerror=window.__pwned=1>';

/** Nothing the hostile texts could have made: no element, no script run, no refusal by the CSP, no error. */
async function assertNothingRan({ page, problems }: OpenedScreen, where: string): Promise<void> {
  assert.equal(await page.locator('img[src="x"], script:not([src])').count(), 0, `${where}: an element was made from a text`);
  assert.equal(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), undefined, `${where}: a script ran`);
  assert.deepEqual(problems, [], `${where}: errors or CSP refusals`);
}

describe('hostile text on every screen', () => {
  let hub: RunningHub;
  let browser: Browser;
  let deskId: number;
  let ticket: Ticket;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    const service = await addService(hub, HOSTILE, 'X');
    deskId = (await addDesk(hub, HOSTILE_SHORT, [service.id])).id;
    assert.equal((await hub.api('POST', `/api/services/${service.id}/settings`, { outcomes: [HOSTILE_SHORT] })).status, 200);
    assert.equal((await hub.api('POST', '/api/settings', { centreName: HOSTILE_SHORT })).status, 200);
    const config = (await hub.api<SurveyConfig>('GET', '/api/survey/config')).body;
    const questions = config.questions.map((q) => (q.id === 1 ? { ...q, texts: { sv: HOSTILE, en: HOSTILE } } : q));
    assert.equal((await hub.api('POST', '/api/survey/config', { ...config, questions })).status, 200);
    const startsAt = new Date(Date.now() + 2 * 60_000).toISOString();
    assert.equal((await hub.api('POST', '/api/appointments', { serviceId: service.id, startsAt, name: HOSTILE })).status, 201);
    assert.equal((await hub.api('POST', '/api/survey', { answers: [4, null, null, null, null], comment: HOSTILE })).status, 201);
    assert.equal((await hub.api('POST', '/api/devices', { role: 'kiosk', name: HOSTILE_SHORT })).status, 201);
    ticket = await takeTicket(hub, service.id);
    await takeTicket(hub, service.id);
    await callNext(hub, deskId);
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('kiosk: the service button', async () => {
    const kiosk = await openPairedScreen(browser, hub, 'kiosk', `${hub.url}/kiosk`, { viewport: PORTRAIT });
    await kiosk.page.getByRole('button', { name: HOSTILE, exact: true }).waitFor();
    await assertNothingRan(kiosk, 'kiosk');
  });

  test('display: the call to the desk and the waiting service', async () => {
    const display = await openPairedScreen(browser, hub, 'display', `${hub.url}/display`, { viewport: LANDSCAPE });
    await display.page.locator('.current').getByText(HOSTILE_SHORT, { exact: true }).waitFor();
    await display.page.getByText(HOSTILE, { exact: true }).first().waitFor();
    await assertNothingRan(display, 'display');
  });

  test('desk: its name and the visitor’s service', async () => {
    const desk = await openScreen(browser, `${hub.url}/desk?desk=${deskId}&token=${hub.token}`);
    await desk.page.getByRole('heading', { name: HOSTILE_SHORT, level: 1 }).waitFor();
    await desk.page.getByRole('region', { name: 'Aktuell besökare' }).getByText(HOSTILE, { exact: true }).waitFor();
    await assertNothingRan(desk, 'desk');
  });

  test('survey: an administrator’s question', async () => {
    const survey = await openPairedScreen(browser, hub, 'survey', `${hub.url}/survey`, { viewport: PORTRAIT });
    await survey.page.getByRole('button', { name: 'Börja' }).click();
    await survey.page.getByText(HOSTILE, { exact: true }).waitFor();
    await assertNothingRan(survey, 'survey');
  });

  test('follow page: the service and, once called, the desk', async () => {
    const follow = await openScreen(browser, ticket.followUrl);
    await follow.page.getByText(HOSTILE, { exact: true }).waitFor();
    await follow.page.getByText(`Det är din tur! Gå till ${HOSTILE_SHORT}.`).waitFor();
    await assertNothingRan(follow, 'follow page');
  });

  // Each view and where it shows the texts: as text, or in a field as the settings view shows the centre's name.
  const adminViews: { view: string; shows: (page: Page) => Promise<unknown> }[] = [
    { view: 'services', shows: (page) => page.getByRole('cell', { name: HOSTILE, exact: true }).first().waitFor() },
    { view: 'appointments', shows: (page) => page.getByRole('cell', { name: HOSTILE, exact: true }).first().waitFor() },
    { view: 'dashboard', shows: (page) => page.locator('.comments').getByText(HOSTILE, { exact: true }).waitFor() },
    { view: 'survey', shows: (page) => page.getByText(HOSTILE, { exact: true }).first().waitFor() },
    { view: 'settings', shows: async (page) => assert.equal(await page.getByLabel('Centrets namn (skrivs på kölappen)').inputValue(), HOSTILE_SHORT) },
    { view: 'users', shows: (page) => page.getByRole('heading', { name: 'Konton', exact: true }).waitFor() },
    { view: 'devices', shows: (page) => page.getByRole('rowheader', { name: HOSTILE_SHORT, exact: true }).waitFor() },
  ];
  for (const { view, shows } of adminViews) {
    test(`admin, ${view} view`, async () => {
      const admin = await openScreen(browser, `${hub.url}/admin?view=${view}&token=${hub.token}`);
      await shows(admin.page);
      await assertNothingRan(admin, `admin ${view}`);
    });
  }
});

describe('screens never hand text to the HTML parser', () => {
  const root = resolve(import.meta.dirname, '..', '..');
  const SCREEN_CODE = ['ui', 'kiosk', 'display', 'survey', 'desk', 'admin', 'follow'];
  const RAW_HTML = /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|createContextualFragment/;

  test('no screen source uses dangerouslySetInnerHTML, innerHTML or their kin', () => {
    const offenders: string[] = [];
    for (const dir of SCREEN_CODE) {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
        if (!entry.isFile() || !/\.(ts|tsx)$/.test(entry.name)) continue;
        const file = join(entry.parentPath, entry.name);
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, index) => {
            if (RAW_HTML.test(line)) offenders.push(`${relative(root, file)}:${index + 1}: ${line.trim()}`);
          });
      }
    }
    assert.deepEqual(offenders, []);
  });
});
