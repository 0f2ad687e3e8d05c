// The staffing grids in Swedish at 1440×900 (and their layout at 1280×800) over demo history: next week's desks needed are the
// API's, numbers in Swedish form, last week's understaffed hours marked in words, and no figure or heading broken
// over two lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { launchBrowser, openScreen } from '../helpers/browser.ts';
import type { Staffing } from '../../common/schemas/reports.ts';

const DAY = 86_400_000;
const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
const addDays = (day: string, days: number) => new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);

let hub: RunningHub;
let browser: Browser;
before(async () => {
  [hub, browser] = await Promise.all([startHub({ args: ['--demo-days', '70'] }), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await hub?.stop();
});

test('next week as desks needed per hour, the latest days gone by as needed against open, in Swedish', async () => {
  const now = new Date();
  const sinceMonday = (now.getDay() + 6) % 7;
  const monday = addDays(isoDay(now), -sinceMonday);
  const nextMonday = addDays(monday, 7);
  const latestPast = sinceMonday === 0 ? addDays(monday, -7) : monday;
  const week = async (from: string) => (await hub.api<Staffing>('GET', `/api/reports/staffing?from=${from}&to=${addDays(from, 6)}`)).body;
  const [next, past] = await Promise.all([week(nextMonday), week(latestPast)]);

  const { page, problems } = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=staffing`, { viewport: { width: 1440, height: 900 } });
  const grids = page.locator('table.staffing');
  await grids.first().waitFor();
  assert.equal(await grids.count(), 3);

  // Monday 10–11 next week: the API's desks and its expected visitors as Swedes write them ("45,4").
  const ten = next.days[0]!.hours[10]!;
  assert.ok(ten.desksNeeded! > 0, 'the demo expects a busy Monday morning');
  const nextGrid = grids.nth(0);
  assert.match(await nextGrid.locator('caption').innerText(), /^Nästa vecka/);
  const cell = nextGrid.locator('tbody tr', { has: page.getByRole('rowheader', { name: '10–11' }) }).locator('td').first();
  assert.equal(await cell.locator('.staffing__main').innerText(), String(ten.desksNeeded));
  assert.equal(await cell.locator('.staffing__sub').innerText(), new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ten.expectedArrivals!));
  assert.ok((await nextGrid.locator('.staffing__sub').allInnerTexts()).some((text) => /^\d+,\d$/.test(text)), 'means with a decimal comma');
  assert.match(await nextGrid.locator('thead th').nth(1).innerText(), /^mån \d{1,2}\/\d{1,2}$/);

  // Every understaffed hour of the latest week with days gone by, and only those, says so.
  const short = past.days.flatMap((d) => d.hours).filter((h) => h.desksOpen !== null && h.desksNeeded !== null && h.desksOpen < h.desksNeeded);
  assert.ok(short.length > 0, 'the demo has busy hours the four desks cannot keep');
  assert.equal(await grids.nth(1).getByText('för få diskar').count(), short.length);

  // Nothing broken over two lines, and no sideways scrolling, here and on a smaller laptop.
  const small = await openScreen(browser, `${hub.url}/admin?token=${hub.token}&view=staffing`, { viewport: { width: 1280, height: 800 } });
  await small.page.locator('table.staffing').nth(2).waitFor();
  for (const screen of [page, small.page]) {
    const broken = await screen.evaluate(() =>
      [...document.querySelectorAll('.staffing caption, .staffing th, .staffing__main, .staffing__sub')]
        .filter((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        })
        .map((element) => element.textContent),
    );
    assert.deepEqual(broken, []);
    const scrolls = await screen.evaluate(() => [...document.querySelectorAll('.staffing')].map((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth));
    assert.deepEqual(scrolls, [false, false, false]);
  }
  await small.page.screenshot({ path: '/tmp/lotsa-staffing-1280.png', fullPage: true });
  assert.deepEqual(small.problems, []);
  assert.deepEqual(problems, []);
});
