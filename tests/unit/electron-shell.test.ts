// Drives runShell with a recorder in place of Electron: every window, listener and call the shell makes is kept so
// the tests can fire Electron's events and check what a user of the real app would see.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Hub, HubOptions } from '../../main/hub.ts';
import { localWindowUrls } from '../../main/screenUrls.ts';
import { hashExitPin } from '../../main/electron/exitPin.ts';
import type { HubWatch } from '../../main/electron/hubSupervisor.ts';
import { EXIT_CHANNEL } from '../../main/electron/shellBridge.ts';
import { runShell, type ElectronApi, type ShellDeps } from '../../main/electron/shell.ts';
import { secureWebPreferences } from '../../main/electron/windowSecurity.ts';

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): any {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

/** An Electron event whose preventDefault is observable. */
function electronEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

class FakeWebContents extends Emitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly insertedCss: string[] = [];
  setWindowOpenHandler(handler: (details: any) => any): void {
    this.openHandler = handler;
  }
  insertCSS(css: string): Promise<string> {
    this.insertedCss.push(css);
    return Promise.resolve('key');
  }
}

interface Monitor {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

const laptop: Monitor = { id: 10, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
const tv: Monitor = { id: 20, bounds: { x: 1920, y: 0, width: 1920, height: 1080 }, workArea: { x: 1920, y: 0, width: 1920, height: 1080 } };

function recorder(options: { gotLock?: boolean; monitors?: Monitor[] } = {}) {
  const monitors = options.monitors ?? [laptop];
  const rec = {
    windows: [] as FakeWindow[],
    quitRequests: 0,
    quitCompleted: false,
    exitCode: undefined as number | undefined,
    errorBoxes: [] as Array<[string, string]>,
    powerSaveBlocks: [] as string[],
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    ipcHandlers: new Map<string, Listener>(),
  };

  class FakeApp extends Emitter {
    requestSingleInstanceLock = () => options.gotLock ?? true;
    whenReady = () => Promise.resolve();
    getPath = (name: string) => `/home/centre/.config/Lotsa${name === 'userData' ? '' : `/${name}`}`;
    getAppPath = () => '/opt/Lotsa/resources/app.asar';
    quit = () => {
      rec.quitRequests++;
      const event = electronEvent();
      this.emit('before-quit', event);
      if (!event.defaultPrevented) rec.quitCompleted = true;
    };
    exit = (code?: number) => {
      rec.exitCode = code ?? 0;
    };
  }
  const app = new FakeApp();

  class FakeWindow {
    readonly webContents = new FakeWebContents();
    readonly loaded: string[] = [];
    menuRemoved = false;
    focused = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      rec.windows.push(this);
    }
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    removeMenu(): void {
      this.menuRemoved = true;
    }
    isMinimized = () => false;
    restore(): void {}
    focus(): void {
      this.focused = true;
    }
    isDestroyed = () => false;
  }

  const electron = {
    app,
    BrowserWindow: FakeWindow,
    screen: { getAllDisplays: () => monitors, getPrimaryDisplay: () => monitors[0]! },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener | null) => void (rec.permissionRequestHandler = handler ?? undefined),
        setPermissionCheckHandler: (handler: Listener | null) => void (rec.permissionCheckHandler = handler ?? undefined),
      },
    },
    powerSaveBlocker: {
      start: (type: string) => {
        rec.powerSaveBlocks.push(type);
        return 1;
      },
    },
    dialog: { showErrorBox: (title: string, content: string) => void rec.errorBoxes.push([title, content]) },
    ipcMain: { handle: (channel: string, handler: Listener) => void rec.ipcHandlers.set(channel, handler) },
  } as unknown as ElectronApi;
  return { electron, app, rec };
}

function fakeHub(options: { fail?: Error } = {}) {
  const state = { started: [] as HubOptions[], closed: 0, watch: undefined as HubWatch | undefined };
  const startHub = async (hubOptions: HubOptions, watch: HubWatch): Promise<Hub> => {
    state.started.push(hubOptions);
    state.watch = watch;
    if (options.fail) throw options.fail;
    return {
      url: 'http://127.0.0.1:4800',
      port: 4800,
      apiToken: 'secret token',
      apiTokenGenerated: false,
      demoSeeded: false,
      setupCode: null,
      close: async () => {
        state.closed++;
      },
    };
  };
  return { startHub, state };
}

function deps(overrides: Partial<ShellDeps> & Pick<ShellDeps, 'startHub'>): ShellDeps & { lines: string[] } {
  const lines: string[] = [];
  return {
    screenUrls: localWindowUrls,
    readTextFile: () => undefined,
    argv: [],
    env: {},
    log: (line) => lines.push(line),
    lines,
    ...overrides,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('with no config it starts the hub and opens kiosk, display and survey, locked down and tiled', async () => {
  const { electron, rec } = recorder();
  const hub = fakeHub();
  await runShell(electron, deps({ startHub: hub.startHub }));

  assert.deepEqual(hub.state.started, [
    {
      dataDir: '/home/centre/.config/Lotsa/data',
      screensDir: '/opt/Lotsa/resources/app.asar/dist/screens',
      port: 4800,
      host: undefined,
      printer: undefined,
      demo: false,
      log: hub.state.started[0]!.log,
    },
  ]);
  assert.deepEqual(
    rec.windows.map((w) => w.loaded),
    [['http://127.0.0.1:4800/kiosk?token=secret%20token'], ['http://127.0.0.1:4800/display?token=secret%20token'], ['http://127.0.0.1:4800/survey?token=secret%20token']],
  );
  const [kiosk, display, survey] = rec.windows;
  assert.deepEqual(kiosk!.options.webPreferences, { ...secureWebPreferences('kiosk', { devTools: false }), zoomFactor: 1 });
  assert.equal(display!.options.webPreferences!.autoplayPolicy, 'no-user-gesture-required');
  assert.equal(survey!.options.webPreferences!.sandbox, true);
  assert.deepEqual(
    rec.windows.map(({ options: { x, y, width, height, fullscreen, kiosk } }) => ({ x, y, width, height, fullscreen, kiosk })),
    [
      { x: 0, y: 0, width: 640, height: 1050, fullscreen: false, kiosk: false },
      { x: 640, y: 0, width: 640, height: 1050, fullscreen: false, kiosk: false },
      { x: 1280, y: 0, width: 640, height: 1050, fullscreen: false, kiosk: false },
    ],
  );
  assert.ok(rec.windows.every((w) => w.menuRemoved));
  assert.deepEqual(rec.powerSaveBlocks, ['prevent-display-sleep']);
});

test('the config file and LOTSA_* settings place screens on their monitors in kiosk and full-screen mode', async () => {
  const { electron, rec } = recorder({ monitors: [laptop, tv] });
  const hub = fakeHub();
  const read: string[] = [];
  const config = {
    screens: [
      { screen: 'kiosk', mode: 'kiosk', zoom: 1.5 },
      { screen: 'display', monitor: 1, mode: 'fullscreen' },
      { screen: 'desk', monitor: { id: 30 } },
    ],
  };
  await runShell(
    electron,
    deps({
      startHub: hub.startHub,
      readTextFile: (path) => (read.push(path), JSON.stringify(config)),
      env: { LOTSA_CONFIG: '/srv/lotsa.config.json', LOTSA_PORT: '4900', LOTSA_DATA: '/srv/lotsa', LOTSA_DEMO: '1', LOTSA_DEV: '1' },
    }),
  );
  assert.deepEqual(read, ['/srv/lotsa.config.json']);
  assert.equal(hub.state.started[0]!.port, 4900);
  assert.equal(hub.state.started[0]!.dataDir, '/srv/lotsa');
  assert.equal(hub.state.started[0]!.demo, true);

  const [kiosk, display, desk] = rec.windows;
  assert.equal(kiosk!.options.kiosk, true);
  assert.equal(kiosk!.options.webPreferences!.zoomFactor, 1.5);
  assert.equal(kiosk!.options.webPreferences!.devTools, true);
  assert.equal(display!.options.fullscreen, true);
  assert.deepEqual([display!.options.x, display!.options.width], [1920, 1920]);
  assert.deepEqual(desk!.loaded, ['http://127.0.0.1:4800/desk?token=secret%20token']);
  // Monitor 30 is not connected: the desk falls back to the laptop and, the only windowed screen there, fills it.
  assert.deepEqual([desk!.options.x, desk!.options.width], [0, 1920]);
});

test('navigation away from the hub is blocked; pages of the hub are not', async () => {
  const { electron, rec } = recorder();
  const shell = deps({ startHub: fakeHub().startHub });
  await runShell(electron, shell);
  const contents = rec.windows[0]!.webContents;

  for (const event of ['will-navigate', 'will-redirect']) {
    const away = electronEvent();
    contents.emit(event, away, 'https://example.com/');
    assert.equal(away.defaultPrevented, true, event);
    const home = electronEvent();
    contents.emit(event, home, 'http://127.0.0.1:4800/kiosk?lang=sv');
    assert.equal(home.defaultPrevented, false, event);
  }
  assert.ok(shell.lines.includes('kiosk: blocked navigation to https://example.com/'));
});

test('every window.open is denied, even to the hub', async () => {
  const { electron, rec } = recorder();
  await runShell(electron, deps({ startHub: fakeHub().startHub }));
  for (const window of rec.windows) {
    assert.deepEqual(window.webContents.openHandler!({ url: 'http://127.0.0.1:4800/admin' }), { action: 'deny' });
    assert.deepEqual(window.webContents.openHandler!({ url: 'https://example.com/' }), { action: 'deny' });
  }
});

test('every permission a page asks for is refused', async () => {
  const { electron, rec } = recorder();
  await runShell(electron, deps({ startHub: fakeHub().startHub }));
  const answers: boolean[] = [];
  rec.permissionRequestHandler!({}, 'media', (granted: boolean) => answers.push(granted), {});
  rec.permissionRequestHandler!({}, 'notifications', (granted: boolean) => answers.push(granted), {});
  assert.deepEqual(answers, [false, false]);
  assert.equal(rec.permissionCheckHandler!({}, 'geolocation', 'http://127.0.0.1:4800', {}), false);
});

test('a crashed screen is loaded again at its own address', async () => {
  const { electron, rec } = recorder();
  await runShell(electron, deps({ startHub: fakeHub().startHub }));
  const display = rec.windows[1]!;
  display.webContents.emit('render-process-gone', electronEvent(), { reason: 'crashed', exitCode: 139 });
  assert.deepEqual(display.loaded, ['http://127.0.0.1:4800/display?token=secret%20token', 'http://127.0.0.1:4800/display?token=secret%20token']);
  assert.deepEqual(rec.windows[0]!.loaded, ['http://127.0.0.1:4800/kiosk?token=secret%20token'], 'other screens are left alone');
});

test('quitting waits for the hub to close, then quits', async () => {
  const { electron, app, rec } = recorder();
  const hub = fakeHub();
  await runShell(electron, deps({ startHub: hub.startHub }));
  app.quit();
  assert.equal(rec.quitCompleted, false, 'the first quit is held while the hub closes');
  await settle();
  assert.equal(hub.state.closed, 1);
  assert.equal(rec.quitCompleted, true);
});

test('closing the last window closes the hub and quits', async () => {
  const { electron, app, rec } = recorder();
  const hub = fakeHub();
  await runShell(electron, deps({ startHub: hub.startHub }));
  app.emit('window-all-closed');
  app.emit('before-quit', electronEvent());
  await settle();
  assert.equal(hub.state.closed, 1, 'closed once even when quit is asked twice');
  assert.equal(rec.quitCompleted, true);
});

test('a second instance quits at once without starting another hub, and the first comes forward', async () => {
  const second = recorder({ gotLock: false });
  const hub = fakeHub();
  await runShell(second.electron, deps({ startHub: hub.startHub }));
  assert.equal(second.rec.quitCompleted, true);
  assert.deepEqual(hub.state.started, []);
  assert.deepEqual(second.rec.windows, []);

  const first = recorder();
  await runShell(first.electron, deps({ startHub: fakeHub().startHub }));
  first.app.emit('second-instance', electronEvent(), [], '/');
  assert.equal(first.rec.windows[0]!.focused, true);
});

test('a hub that cannot start is explained in an error box and the app exits with 1', async () => {
  const { electron, rec } = recorder();
  const hub = fakeHub({ fail: new Error('listen EADDRINUSE: address already in use 0.0.0.0:4800') });
  await runShell(electron, deps({ startHub: hub.startHub }));
  assert.deepEqual(rec.errorBoxes, [['Lotsa could not start', 'listen EADDRINUSE: address already in use 0.0.0.0:4800']]);
  assert.equal(rec.exitCode, 1);
  assert.deepEqual(rec.windows, []);
});

test('a broken config is explained before the hub starts', async () => {
  const { electron, rec } = recorder();
  const hub = fakeHub();
  await runShell(electron, deps({ startHub: hub.startHub, readTextFile: () => '{"screens": [{"screen": "tv"}]}' }));
  assert.deepEqual(hub.state.started, []);
  assert.equal(rec.errorBoxes.length, 1);
  assert.match(rec.errorBoxes[0]![1], /^\/home\/centre\/\.config\/Lotsa\/lotsa\.config\.json is not a valid Lotsa screen configuration:\n {2}screens\[0\]\.screen: /);
  assert.equal(rec.exitCode, 1);
});

test('a bad LOTSA_PORT is explained rather than crashing', async () => {
  const { electron, rec } = recorder();
  await runShell(electron, deps({ startHub: fakeHub().startHub, env: { LOTSA_PORT: 'eighty' } }));
  assert.match(rec.errorBoxes[0]![1], /port must be a whole number/);
  assert.equal(rec.exitCode, 1);
});

test('a monitor missing from the config is logged as a warning', async () => {
  const { electron } = recorder();
  const shell = deps({ startHub: fakeHub().startHub, readTextFile: () => '{"screens": [{"screen": "display", "monitor": 1}]}' });
  await runShell(electron, shell);
  assert.ok(shell.lines.includes('warning: display: monitor 1 is not connected (found 1); using the primary monitor'), shell.lines.join('\n'));
});

const offlinePage = 'file:///opt/Lotsa/resources/app.asar/dist/electron/offline.html';

test('while the hub is down every window shows the local "back in a moment" page, then returns to its screen', async () => {
  const { electron, rec } = recorder();
  const hub = fakeHub();
  await runShell(electron, deps({ startHub: hub.startHub }));
  hub.state.watch!.down('the hub process stopped with exit code 1');
  assert.deepEqual(rec.windows.map((w) => w.loaded.at(-1)), [offlinePage, offlinePage, offlinePage]);

  // A renderer crash meanwhile brings back the page the window should show now, not the unreachable screen.
  rec.windows[1]!.webContents.emit('render-process-gone', electronEvent(), { reason: 'crashed', exitCode: 139 });
  assert.equal(rec.windows[1]!.loaded.at(-1), offlinePage);
  // The offline page sits under the same guard: it cannot lead anywhere but the hub.
  const away = electronEvent();
  rec.windows[0]!.webContents.emit('will-navigate', away, 'https://example.com/');
  assert.equal(away.defaultPrevented, true);

  hub.state.watch!.up();
  assert.deepEqual(
    rec.windows.map((w) => w.loaded.at(-1)),
    ['http://127.0.0.1:4800/kiosk?token=secret%20token', 'http://127.0.0.1:4800/display?token=secret%20token', 'http://127.0.0.1:4800/survey?token=secret%20token'],
  );
});

test('touch screens hide the mouse cursor on every page they load; other screens keep it', async () => {
  const { electron, rec } = recorder();
  const config = { screens: [{ screen: 'kiosk', touch: true }, { screen: 'display' }] };
  await runShell(electron, deps({ startHub: fakeHub().startHub, readTextFile: () => JSON.stringify(config) }));
  const [kiosk, display] = rec.windows;
  kiosk!.webContents.emit('dom-ready');
  display!.webContents.emit('dom-ready');
  kiosk!.webContents.emit('dom-ready');
  assert.deepEqual(kiosk!.webContents.insertedCss, ['* { cursor: none !important }', '* { cursor: none !important }']);
  assert.deepEqual(display!.webContents.insertedCss, []);
});

test('without an exit PIN no window gets a preload and nothing answers an exit request', async () => {
  const { electron, rec } = recorder();
  await runShell(electron, deps({ startHub: fakeHub().startHub }));
  assert.ok(rec.windows.every((w) => w.options.webPreferences!.preload === undefined));
  assert.equal(rec.ipcHandlers.size, 0);
});

function frame(url: string, parent: object | null = null) {
  return { senderFrame: { url, parent } };
}

test('with an exit PIN the visitor screens get the bridge, and only the right PIN from a hub page quits', async () => {
  const { electron, rec } = recorder();
  const config = { screens: [{ screen: 'kiosk' }, { screen: 'display' }, { screen: 'survey' }, { screen: 'desk' }], exitPinHash: await hashExitPin('4711') };
  const shell = deps({ startHub: fakeHub().startHub, readTextFile: () => JSON.stringify(config) });
  await runShell(electron, shell);
  assert.deepEqual(
    rec.windows.map((w) => w.options.webPreferences!.preload),
    [...Array(3).fill('/opt/Lotsa/resources/app.asar/dist/electron/preload.cjs'), undefined],
    'staff screens have no exit',
  );
  assert.ok(rec.windows.every((w) => w.options.webPreferences!.sandbox === true && w.options.webPreferences!.contextIsolation === true));

  const requestExit = rec.ipcHandlers.get(EXIT_CHANNEL)!;
  assert.equal(await requestExit(frame('http://127.0.0.1:4800/kiosk'), '0000'), false);
  assert.equal(await requestExit(frame('https://evil.example/'), '4711'), false, 'another origin');
  assert.equal(await requestExit(frame('http://127.0.0.1:4800/kiosk', {}), '4711'), false, 'a subframe');
  assert.equal(await requestExit({ senderFrame: null }, '4711'), false, 'a closed frame');
  assert.equal(await requestExit(frame('http://127.0.0.1:4800/kiosk'), 4711), false, 'not a string');
  assert.equal(rec.quitRequests, 0);
  assert.equal(await requestExit(frame('http://127.0.0.1:4800/survey?lang=en'), '4711'), true);
  assert.equal(rec.quitRequests, 1);
  assert.ok(shell.lines.includes('refused an exit request from https://evil.example/'));
});
