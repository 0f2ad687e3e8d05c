// The display's voice, observed without speakers: every HTMLMediaElement.play() the page makes is recorded (with the
// clip it was asked to play and whether the browser let it play to the end), so a test hears what the room would.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import type { Service } from '../../common/schemas/services.ts';
import type { Desk } from '../../common/schemas/desks.ts';
import { startTcpProxy } from '../helpers/tcpProxy.ts';
import { addDesk, addService, atDesk, callNext } from '../helpers/centre.ts';
import { deviceCookie, eventually, openScreen, startHubAndBrowser, stopHubAndBrowser, LANDSCAPE } from '../helpers/browser.ts';

interface Played {
  clip: string;
  ended: boolean;
}

/** Opens the display, paired with hub, with play() recorded from the first script on, as "sv/12" style clip names. */
async function openListening(browser: Browser, hub: RunningHub, url: string): Promise<Page> {
  const { page } = await openScreen(browser, 'about:blank', { viewport: LANDSCAPE }, [deviceCookie(await hub.pairDevice('display'), url)]);
  await page.addInitScript(() => {
    const plays: { clip: string; ended: boolean }[] = [];
    Object.assign(window, { __plays: plays });
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const record = { clip: new URL(this.src).pathname.replace(/^\/voice\//, '').replace(/\.ogg$/, ''), ended: false };
      plays.push(record);
      this.addEventListener('ended', () => (record.ended = true), { once: true });
      return play.call(this);
    };
  });
  await page.goto(url);
  return page;
}

const plays = (page: Page) => page.evaluate(() => (window as unknown as { __plays: Played[] }).__plays);
const clips = async (page: Page) => (await plays(page)).map((p) => p.clip);

describe('display sound', () => {
  let hub: RunningHub;
  let browser: Browser;
  let service: Service;
  let desk: Desk;

  const issue = async (language: 'sv' | 'en' | 'ar' | 'so') => assert.equal((await hub.api('POST', '/api/tickets', { serviceId: service.id, language })).status, 201);

  before(async () => {
    ({ hub, browser } = await startHubAndBrowser());
    service = await addService(hub, 'Bygglov', 'B');
    desk = await addDesk(hub, 'Disk 3', [service.id]);
    assert.equal((await hub.api('POST', '/api/settings', { visitorLanguages: ['sv', 'en', 'ar', 'so'] })).status, 200);
  });
  after(() => stopHubAndBrowser(hub, browser));

  test('sound is enabled once with a big button, remembered, and each call is said in the visitor’s language', async () => {
    const page = await openListening(browser, hub, `${hub.url}/display?lang=en`);
    const enable = page.getByRole('button', { name: 'Turn on sound' });
    await enable.waitFor();
    const box = (await enable.boundingBox())!;
    assert.ok(box.height >= 90 && box.width >= 300, `the enable button is ${box.width}×${box.height}`);
    await enable.click();
    await enable.waitFor({ state: 'detached' });
    // The tap answers with the chime, so whoever installs the screen hears it works.
    await eventually(async () => assert.deepEqual(await clips(page), ['chime']));

    await issue('sv');
    await issue('en');
    await callNext(hub, desk.id);
    const swedish = ['chime', 'sv/word-number', 'sv/letter-b', 'sv/1', 'sv/word-desk', 'sv/3'];
    await eventually(async () => assert.deepEqual(await clips(page), ['chime', ...swedish]), 15_000);
    // Played to the end, one after the other: each clip ended before the next began.
    await eventually(async () => assert.ok((await plays(page)).every((p) => p.ended), 'every clip played to its end'), 5_000);

    await atDesk(hub, desk.id, 'finish');
    await callNext(hub, desk.id);
    const english = ['chime', 'en/word-number', 'en/letter-b', 'en/2', 'en/word-desk', 'en/3'];
    await eventually(async () => assert.deepEqual((await clips(page)).slice(7), english), 15_000);

    // A recall is said again.
    await atDesk(hub, desk.id, 'recall');
    await eventually(async () => assert.deepEqual((await clips(page)).slice(13), english), 15_000);

    // After a reload the choice is remembered: no button, and the next call is said (this Chromium lets a page
    // that was tapped before play again; one that refuses brings the button back instead).
    await page.reload();
    await page.getByRole('heading', { name: 'Now serving' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Turn on sound' }).count(), 0);
    await atDesk(hub, desk.id, 'recall');
    await eventually(async () => assert.deepEqual(await clips(page), english), 15_000);
  });

  test('an Arabic ticket is called in Arabic, digit by digit; a Somali one, without a voice, in Swedish', async () => {
    const page = await openListening(browser, hub, `${hub.url}/display?lang=ar`);
    await page.getByRole('button').first().click();
    await eventually(async () => assert.deepEqual(await clips(page), ['chime']));
    await issue('ar');
    await issue('so');
    await atDesk(hub, desk.id, 'finish');
    const arabic = await callNext(hub, desk.id);
    const digits = arabic.number.slice(1).split('').map((digit) => `ar/${digit}`);
    await eventually(async () => assert.deepEqual(await clips(page), ['chime', 'chime', 'ar/word-number', 'ar/letter-b', ...digits, 'ar/word-desk', 'ar/3']), 15_000);
    await atDesk(hub, desk.id, 'finish');
    const somali = await callNext(hub, desk.id);
    const swedish = ['chime', 'sv/word-number', 'sv/letter-b', `sv/${Number(somali.number.slice(1))}`, 'sv/word-desk', 'sv/3'];
    await eventually(async () => assert.deepEqual((await clips(page)).slice(-6), swedish), 15_000);
    await eventually(async () => assert.ok((await plays(page)).every((p) => p.ended), 'every clip played to its end'), 5_000);
    await atDesk(hub, desk.id, 'finish');
  });

  test('after the link comes back the missed calls are shown, and only the latest few are said', async () => {
    const proxy = await startTcpProxy(hub.url);
    try {
      const page = await openListening(browser, hub, `${proxy.url}/display?lang=en`);
      await page.getByRole('button', { name: 'Turn on sound' }).click();
      await eventually(async () => assert.deepEqual(await clips(page), ['chime']));
      const desk5 = await addDesk(hub, 'Disk 5', [service.id]);
      proxy.cut();
      await page.getByText('Connection lost – reconnecting…').waitFor({ timeout: 8_000 });
      const missed = [];
      for (let i = 0; i < 5; i++) {
        await issue('sv');
        missed.push(await callNext(hub, desk5.id));
      }
      proxy.restore();
      const latest = missed.at(-1)!.number;
      await eventually(async () => assert.equal((await page.locator('.current').innerText()).replace(/\s+/g, ' '), `Number ${latest} → Disk 5`), 10_000);
      const previous = missed.slice(-4, -1).reverse().map((t) => t.number);
      assert.equal(await page.locator('.desk-row', { hasText: 'Disk 5' }).locator('.desk-row__previous').innerText(), previous.join(' '));
      // The room hears the latest three, oldest first, each once; not all five.
      const said = (n: string) => ['chime', 'sv/word-number', 'sv/letter-b', `sv/${Number(n.slice(1))}`, 'sv/word-desk', 'sv/5'];
      const expected = ['chime', ...missed.slice(-3).flatMap((t) => said(t.number))];
      await eventually(async () => assert.deepEqual(await clips(page), expected), 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      assert.deepEqual(await clips(page), expected, 'nothing more was said');
    } finally {
      await proxy.close();
    }
  });
});
