// A visitor who cannot see the screen, with a keypad and headphones: the first key starts speech mode, the arrows
// (or 8 and 2) walk the choices and each is said as it is reached, 5 or Enter chooses, and the receipt says all the
// printed ticket says. What is said is what the page asks the hub to synthesize (GET /api/speech), captured here.
// The kiosk runs with a serial printer on a PTY pair, so "take your ticket" is said about a ticket that came out.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { RunningHub } from '../helpers/hub.ts';
import { eventually, launchBrowser, openPairedScreen, PORTRAIT } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { startPrinterRig, type PrinterRig } from '../helpers/printerRig.ts';

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

interface Listening {
  page: Page;
  /** Every text the page asked to hear, in order. */
  said: string[];
  /** Waits until the page asked to hear exactly this. */
  hears: (text: string) => Promise<void>;
  /** Presses key until the focused control is named `name` (each step is said), then checks it was said. */
  moveTo: (name: string, key?: string) => Promise<void>;
  /** Page errors and failed requests so far. */
  problems: string[];
}

async function listen(browser: Browser, hub: RunningHub, role: 'kiosk' | 'survey'): Promise<Listening> {
  const { page, problems } = await openPairedScreen(browser, hub, role, `${hub.url}/${role}`, { viewport: PORTRAIT, bypassCSP: true });
  const said: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/speech') said.push(url.searchParams.get('text')!);
  });
  const hears = (text: string) => eventually(() => assert.ok(said.includes(text), `expected to hear ${JSON.stringify(text)}; heard ${JSON.stringify(said.slice(-5))}`));
  const focusedName = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');
  const moveTo = async (name: string, key = '2') => {
    for (let step = 0; step < 12 && (await focusedName()) !== name; step++) await page.keyboard.press(key);
    assert.equal(await focusedName(), name);
    await hears(name);
  };
  return { page, said, hears, moveTo, problems };
}

describe('speech mode with a keypad', () => {
  let rig: PrinterRig;
  let hub: RunningHub;
  let browser: Browser;

  before(async () => {
    [rig, browser] = await Promise.all([startPrinterRig(), launchBrowser()]);
    hub = rig.hub;
    for (const [name, prefix] of [['Bygglov', 'B'], ['Skuldrådgivning', 'S']]) {
      const id = (await hub.api('POST', '/api/services', { name, prefix })).body.id;
      await hub.api('POST', '/api/desks', { name: `Disk ${prefix}`, serviceIds: [id] });
    }
  });
  after(async () => {
    await browser?.close();
    await rig?.stop();
  });

  test('kiosk by keys alone: first key, the choices one by one, a printed ticket said in full', async () => {
    await hub.api('POST', '/api/tickets', { serviceId: 2 });
    const { page, hears, moveTo, problems } = await listen(browser, hub, 'kiosk');
    await page.getByRole('button', { name: 'Skuldrådgivning', exact: true }).waitFor();
    await page.keyboard.press('7');
    await hears('Talet är på. Tryck upp eller ned, eller 8 och 2, för att gå mellan valen. Tryck Enter eller 5 för att välja, Tillbaka eller 0 för att gå tillbaka, och stjärna eller frågetecken för att höra detta igen.');
    assert.deepEqual(await axeViolations(page), [], 'axe in speech mode');

    await moveTo('Svenska');
    await hears('vald');
    await moveTo('Bygglov');
    await moveTo('Skuldrådgivning');
    await page.keyboard.press('8');
    await hears('Bygglov');
    await page.keyboard.press('2');
    await page.keyboard.press('5');
    await page.getByText('S002', { exact: true }).waitFor();
    const minutes = /\d+/.exec(await page.locator('.receipt__estimate').innerText())![0];
    await hears(`Ditt nummer är S 0 0 2. Skuldrådgivning. 1 person före dig, cirka ${minutes} ${minutes === '1' ? 'minut' : 'minuter'}. Ta din kölapp ur springan under skärmen.`);
    await rig.far.waitForTickets(2);
    assert.deepEqual(await axeViolations(page), [], 'axe on the spoken receipt');

    await page.keyboard.press('*');
    await hears('Talet är på. Tryck upp eller ned, eller 8 och 2, för att gå mellan valen. Tryck Enter eller 5 för att välja, Tillbaka eller 0 för att gå tillbaka, och stjärna eller frågetecken för att höra detta igen.');
    assert.deepEqual(problems, []);
  });

  test('kiosk by keys alone: a booking code typed on the keys, a wrong code said, a checked-in booking', async () => {
    const booking = (await hub.api('POST', '/api/appointments', { serviceId: 1, startsAt: inMinutes(5) })).body;
    const { page, hears, moveTo, problems } = await listen(browser, hub, 'kiosk');
    await page.getByRole('button', { name: 'Bygglov', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await moveTo('Jag har en bokad tid');
    await page.keyboard.press('5');
    await hears('Checka in för din bokade tid. Skriv bokningskodens sex bokstäver och siffror på tangenterna och tryck sedan Enter.');

    await page.keyboard.type('zz');
    await hears('Z');
    await page.keyboard.press('Enter');
    await hears('Vi hittar inte den bokningskoden. Kontrollera koden eller fråga i receptionen.');
    // The refused code is cleared with the refusal; a visitor types the next one after hearing it, not in the same instant.
    await eventually(async () => assert.equal(await page.locator('#booking-code').inputValue(), ''));
    await page.keyboard.type(booking.code.toLowerCase(), { delay: 50 });
    for (const char of booking.code as string) await hears(char);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ditt nummer' }).waitFor();
    await hears(`Ditt nummer är ${[...(await page.locator('.receipt__number').innerText())].join(' ')}. Bygglov. Du är incheckad. Du ropas upp på din bokade tid. Ta din kölapp ur springan under skärmen.`);
    assert.deepEqual(problems.map((line) => line.replace(/http:\/\/[^/]+/, '')), ['HTTP 400: /api/appointments/check-in'], 'only the wrong code was refused');
  });

  test('survey by keys alone: 1–5 answer, the arrows and Enter choose too, the comment step is skipped to Send, thanks are said', async () => {
    const { page, hears, moveTo, problems } = await listen(browser, hub, 'survey');
    await page.getByRole('button', { name: 'Börja' }).waitFor({ state: 'visible' });
    await eventually(async () => assert.ok(await page.getByRole('button', { name: 'Börja' }).isEnabled()));
    await page.keyboard.press('ArrowDown');
    await hears('Talet är på. Svara på varje fråga med 1 till 5: 1 är mycket dåligt, 5 är mycket bra. Upp och ned går mellan valen, Enter väljer, Tillbaka eller 0 går tillbaka, och stjärna upprepar hjälpen.');
    await moveTo('Börja', 'ArrowDown');
    await page.keyboard.press('Enter');
    await hears('Fråga 1 av 5. Hur nöjd är du med ditt besök som helhet? Tryck 1 för mycket dåligt, upp till 5 för mycket bra.');
    assert.deepEqual(await axeViolations(page), [], 'axe on a spoken question');
    await page.keyboard.press('4');
    await hears('Fråga 2 av 5. Hur upplevde du väntetiden? Tryck 1 för mycket dåligt, upp till 5 för mycket bra.');
    await page.keyboard.press('5');
    await page.getByText('Fråga 3 av 5').waitFor();
    await page.keyboard.press('0');
    await page.getByText('Fråga 2 av 5').waitFor();
    await page.keyboard.press('2');
    await page.getByText('Fråga 3 av 5').waitFor();
    await moveTo('Mycket dåligt', 'ArrowDown');
    await moveTo('Dåligt', 'ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('Fråga 4 av 5').waitFor();
    await page.keyboard.press('5');
    await page.getByText('Fråga 5 av 5').waitFor();
    await page.keyboard.press('3');
    await hears('Vill du berätta något mer? (frivilligt)');
    await moveTo('Skicka', 'ArrowDown');
    await page.keyboard.press('Enter');
    await hears('Tack för dina svar!');
    const survey = (await hub.api('GET', '/api/reports/summary')).body.survey;
    assert.equal(survey.responses, 1);
    assert.deepEqual(survey.meanByQuestion, [4, 2, 2, 5, 3]);
    assert.deepEqual(problems, []);
  });
});
