// The one place browser tests start Chromium (Debian's, driven by playwright-core) and open a screen in it.
import { chromium, type Browser, type BrowserContextOptions, type Cookie, type Page } from 'playwright-core';
import type { DeviceRole } from '../../common/schemas/auth.ts';
import { startHub, type RunningHub } from './hub.ts';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };
export const LAPTOP = { width: 1366, height: 768 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface OpenedScreen {
  page: Page;
  /** Uncaught page errors and console errors (a CSP refusal shows up here), for asserting none happened. */
  problems: string[];
  /** The address of every WebSocket the page opened, in order. */
  sockets: string[];
}

type NewCookie = Pick<Cookie, 'name' | 'value'> & { url: string };

/** The cookie a screen holds once it was paired: what the pairing form would have left in the browser. */
export function deviceCookie(credential: string, url: string): NewCookie {
  return { name: 'lotsa_device', value: credential, url };
}

/** Opens url in a fresh context (no shared storage or clock between tests) and records what goes wrong on the page. */
export async function openScreen(browser: Browser, url: string, options: BrowserContextOptions = {}, cookies: NewCookie[] = []): Promise<OpenedScreen> {
  const context = await browser.newContext({ viewport: LAPTOP, ...options });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const problems: string[] = [];
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are reported with their address below; the console's version of them has none.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { page, problems, sockets };
}

/** Opens a visitor screen as it runs in a centre: a device of its role, newly paired with the hub. */
export async function openPairedScreen(browser: Browser, hub: RunningHub, role: DeviceRole, url: string, options: BrowserContextOptions = {}): Promise<OpenedScreen> {
  return openScreen(browser, url, options, [deviceCookie(await hub.pairDevice(role), url)]);
}

/** Polls until check stops throwing (an assertion about something that arrives asynchronously), or rethrows its last failure. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A real hub on a fresh database and a Chromium, started together for one block of browser tests. */
export async function startHubAndBrowser(): Promise<{ hub: RunningHub; browser: Browser }> {
  const [hub, browser] = await Promise.all([startHub(), launchBrowser()]);
  return { hub, browser };
}

export async function stopHubAndBrowser(hub: RunningHub | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await hub?.stop();
}

/** The words inside the elements matching selector that the layout split over two lines ("Köl-/lappar" without a
 *  hyphen): each word's text range must sit on one line box. Wrapping between words is fine. */
export function wordsBrokenMidWay(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}
