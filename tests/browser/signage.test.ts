// The wall display and the desk at the sizes they run on: eight services and nine desks on a 1280×720 and a
// 1920×1080 wall, every one of them shown over the turning pages and the latest call on one line; the desk's call
// buttons and silent alarm in view on a 1366×768 laptop.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { axeViolations } from '../helpers/axe.ts';
import { eventually, startHubAndBrowser, stopHubAndBrowser, openPairedScreen, openScreen, LAPTOP } from '../helpers/browser.ts';
import { PAGE_TURN_MS } from '../../display/usePages.ts';

const SERVICES = ['Bygglov', 'Parkeringstillstånd', 'Försörjningsstöd och ekonomiskt bistånd', 'Färdtjänst', 'Skuldrådgivning', 'Äldreomsorg', 'Skola och förskola', 'Avfall och återvinning'];
const LONG_DESK = 'Medborgarservice reception 12';

/** The rows on the wall now, each only if it lies wholly inside the screen. */
function shownRows(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((cells) =>
    cells.filter((cell) => cell.getBoundingClientRect().bottom <= window.innerHeight).map((cell) => (cell as HTMLElement).innerText.trim()),
  );
}

describe('signage at its sizes', () => {
  let hub: RunningHub;
  let browser: Browser;
  let firstDesk: number;

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    const services: number[] = [];
    for (const [i, name] of SERVICES.entries()) services.push((await hub.api('POST', '/api/services', { name, prefix: 'ABCDEFGH'[i] })).body.id);
    const desks: string[] = [LONG_DESK, ...Array.from({ length: 8 }, (_, i) => `Disk ${i + 2}`)];
    const ids: number[] = [];
    for (const name of desks) ids.push((await hub.api('POST', '/api/desks', { name, serviceIds: services })).body.id);
    for (const id of services) for (let n = 0; n < 2; n++) assert.equal((await hub.api('POST', '/api/tickets', { serviceId: id })).status, 201);
    // The long-named desk calls last, so its call is the latest.
    for (const id of ids.slice().reverse()) assert.equal((await hub.api('POST', `/api/desks/${id}/next`, {})).status, 200);
    firstDesk = ids[0]!;
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('every service and desk reaches the wall at 1280×720 and 1920×1080, the latest call on one line', async () => {
    const { page, problems } = await openPairedScreen(browser, hub, 'display', `${hub.url}/display?sound=off`, { viewport: { width: 1280, height: 720 }, bypassCSP: true });
    await page.locator('.current__desk', { hasText: LONG_DESK }).waitFor();
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await page.setViewportSize(viewport);
      const line = await page.locator('.current').evaluate((el) => {
        const [number, desk] = [el.querySelector('.current__number')!, el.querySelector('.current__desk')!].map((part) => part.getBoundingClientRect());
        return { overflows: el.scrollWidth > el.clientWidth, oneLine: desk!.top < number!.bottom && desk!.bottom > number!.top };
      });
      assert.deepEqual(line, { overflows: false, oneLine: true }, `the latest call at ${viewport.width}×${viewport.height}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), 'nothing below the fold');

      const services = new Set<string>();
      const desks = new Set<string>();
      const marks = new Set<string>();
      // Over one round of pages (they turn together), every row is on the wall at some moment.
      await eventually(async () => {
        for (const name of await shownRows(page, '.waiting__row dt')) services.add(name);
        for (const name of await shownRows(page, '.desk-row__desk')) desks.add(name);
        for (const mark of await page.locator('.page-mark').allInnerTexts()) marks.add(mark);
        assert.equal(services.size, SERVICES.length, `services seen: ${[...services].join(', ')}`);
        assert.equal(desks.size, 9, `desks seen: ${[...desks].join(', ')}`);
      }, PAGE_TURN_MS * 2);
      assert.ok(marks.has('1/2') && marks.has('2/2'), `the page is said: ${[...marks].join(' ')}`);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  test('the desk at 1366×768 shows its call buttons and the silent alarm without scrolling', async () => {
    const { page, problems } = await openScreen(browser, `${hub.url}/desk?desk=${firstDesk}&token=${hub.token}`, { viewport: LAPTOP, bypassCSP: true });
    const inView = async (name: string) => {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= LAPTOP.height && box.x + box.width <= LAPTOP.width, `"${name}" at ${JSON.stringify(box)}`);
    };
    await page.getByRole('button', { name: 'Tyst larm' }).waitFor();
    for (const name of ['Ropa nästa', 'Ropa igen', 'Besökaren har kommit', 'Kom inte', 'Tyst larm']) await inView(name);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });
});
