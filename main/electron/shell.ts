// The Electron main process, minus the `electron` import: it starts the hub (as a supervised child process, see
// main.ts) and opens one locked-down window per configured screen. Electron arrives as a parameter so tests can
// hand in a recorder.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  IpcMain,
  PowerSaveBlocker,
  Screen,
  Session,
  WebContents,
} from 'electron';
import type { Hub, HubOptions } from '../hub.ts';
import { setupCodeLine, type localWindowUrls } from '../screenUrls.ts';
import { readLaunchSettings } from '../launch/launchSettings.ts';
import { exitGate } from './exitPin.ts';
import type { HubWatch } from './hubSupervisor.ts';
import { denyNewWindow, isAllowedNavigation } from './navigationGuard.ts';
import { placeWindows, type WindowPlacement } from './placement.ts';
import { parseScreenConfig, type ScreenName } from './screenConfig.ts';
import { EXIT_CHANNEL } from './shellBridge.ts';
import { secureWebPreferences } from './windowSecurity.ts';

export type ShellWindow = Pick<BrowserWindow, 'loadURL' | 'removeMenu' | 'isMinimized' | 'restore' | 'focus' | 'isDestroyed'> & {
  webContents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'insertCSS'>;
};

/** The screens a visitor stands at, which get the hidden admin exit when a PIN is configured. */
const exitScreens: readonly ScreenName[] = ['kiosk', 'display', 'survey'];

const hideCursorCss = '* { cursor: none !important }';

/** The slice of `typeof import('electron')` the shell uses; the real module satisfies it (see main.ts). */
export interface ElectronApi {
  app: Pick<App, 'requestSingleInstanceLock' | 'whenReady' | 'on' | 'quit' | 'exit' | 'getPath' | 'getAppPath'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ShellWindow;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  session: { defaultSession: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> };
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>;
  dialog: Pick<Dialog, 'showErrorBox'>;
  ipcMain: Pick<IpcMain, 'handle'>;
}

export interface ShellDeps {
  /** Starts the hub and resolves once it answers; later outages and recoveries are reported through watch. */
  startHub: (options: HubOptions, watch: HubWatch) => Promise<Hub>;
  screenUrls: typeof localWindowUrls;
  /** The file's text, or undefined when it does not exist. */
  readTextFile: (path: string) => string | undefined;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  log: (line: string) => void;
}

const defaultPort = 4800;

export async function runShell(electron: ElectronApi, deps: ShellDeps): Promise<void> {
  const { app } = electron;
  if (!app.requestSingleInstanceLock()) {
    // Two shells would fight over the port and the database; the first one brings its windows forward instead.
    deps.log('Lotsa is already running on this PC; leaving it in charge');
    app.quit();
    return;
  }
  const windows: ScreenWindow[] = [];
  app.on('second-instance', () => {
    const first = windows.map((w) => w.window).find((w) => !w.isDestroyed());
    if (first?.isMinimized()) first.restore();
    first?.focus();
  });
  // Registered before ready so that closing the last window never leaves a hub running with nothing on screen.
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  let hub: Hub;
  let placements: WindowPlacement[];
  let devTools: boolean;
  let exitPinHash: string | undefined;
  try {
    const settings = readLaunchSettings(deps.argv, deps.env);
    devTools = settings.dev;
    const configPath = settings.configPath ?? join(app.getPath('userData'), 'lotsa.config.json');
    const config = parseScreenConfig(deps.readTextFile(configPath), configPath);
    const primaryId = electron.screen.getPrimaryDisplay().id;
    const displays = electron.screen.getAllDisplays().map((d) => ({ ...d, primary: d.id === primaryId }));
    const placed = placeWindows(displays, config.screens);
    placed.warnings.forEach((warning) => deps.log(`warning: ${warning}`));
    placements = placed.placements;
    exitPinHash = config.exitPinHash;
    const watch: HubWatch = {
      down: (reason) => {
        deps.log(`hub is down (${reason}); the screens show "back in a moment"`);
        windows.forEach((w) => w.showOffline());
      },
      up: () => {
        deps.log('hub answers again; the screens return');
        windows.forEach((w) => w.showScreen());
      },
    };
    hub = await deps.startHub({
      dataDir: settings.dataDir ?? join(app.getPath('userData'), 'data'),
      // Bundled, the hub cannot find the screens from its own source location; they sit in the app folder.
      screensDir: join(app.getAppPath(), 'dist', 'screens'),
      port: settings.port ?? config.port ?? defaultPort,
      host: settings.host,
      printer: config.printer,
      demo: settings.demo,
      ...(settings.demoDays ? { demoDays: settings.demoDays } : {}),
      log: deps.log,
    }, watch);
  } catch (error) {
    // The user sees this box, not a console: say what failed in words a site technician can act on.
    const message = error instanceof Error ? error.message : String(error);
    deps.log(`start-up failed: ${message}`);
    electron.dialog.showErrorBox('Lotsa could not start', message);
    app.exit(1);
    return;
  }

  closeHubBeforeQuit(app, hub, deps.log);
  denyAllPermissions(electron.session.defaultSession, deps.log);
  electron.powerSaveBlocker.start('prevent-display-sleep');

  const urls = deps.screenUrls(hub.url, hub.apiToken);
  const hubOrigin = new URL(hub.url).origin;
  const shellFile = (name: string) => join(app.getAppPath(), 'dist', 'electron', name);
  const offlineUrl = pathToFileURL(shellFile('offline.html')).href;
  if (exitPinHash) answerExitRequests(electron.ipcMain, exitGate(exitPinHash), hubOrigin, app, deps.log);
  for (const placement of placements) {
    const preload = exitPinHash && exitScreens.includes(placement.screen) ? shellFile('preload.cjs') : undefined;
    const target = { screenUrl: urls[placement.screen], offlineUrl, hubOrigin };
    windows.push(openScreenWindow(electron.BrowserWindow, placement, target, { devTools, preload }, deps.log));
  }
  deps.log(`Lotsa is running at ${hub.url} with ${windows.length} window(s)`);
  if (hub.setupCode) deps.log(setupCodeLine(hub.setupCode));
}

// Only a page of the hub, in a window's top frame, may ask; the right PIN quits the app (which closes the hub).
function answerExitRequests(
  ipcMain: ElectronApi['ipcMain'],
  pinIsRight: (pin: string) => Promise<boolean>,
  hubOrigin: string,
  app: ElectronApi['app'],
  log: (line: string) => void,
): void {
  ipcMain.handle(EXIT_CHANNEL, async (event, pin: unknown) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAllowedNavigation(frame.url, hubOrigin)) {
      log(`refused an exit request from ${frame?.url ?? 'a closed frame'}`);
      return false;
    }
    if (typeof pin !== 'string' || !(await pinIsRight(pin))) {
      log('exit refused: wrong PIN (or too many tries)');
      return false;
    }
    log('exit PIN accepted; quitting');
    app.quit();
    return true;
  });
}

// Quitting waits for the hub so the database is closed cleanly; the second quit() finds the hub closed and proceeds.
function closeHubBeforeQuit(app: ElectronApi['app'], hub: Hub, log: (line: string) => void): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    hub
      .close()
      .catch((error: unknown) => log(`hub did not close cleanly: ${String(error)}`))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

// Screens need no camera, microphone, notifications or location; a prompt on a public kiosk would only confuse.
function denyAllPermissions(session: ElectronApi['session']['defaultSession'], log: (line: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied a page's request for permission "${permission}"`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

interface ScreenWindow {
  window: ShellWindow;
  showScreen(): void;
  /** The local "back in a moment" page, while the hub restarts. */
  showOffline(): void;
}

function openScreenWindow(
  BrowserWindow: ElectronApi['BrowserWindow'],
  placement: WindowPlacement,
  target: { screenUrl: string; offlineUrl: string; hubOrigin: string },
  options: { devTools: boolean; preload: string | undefined },
  log: (line: string) => void,
): ScreenWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    title: `Lotsa – ${placement.screen}`,
    fullscreen: placement.mode === 'fullscreen',
    kiosk: placement.mode === 'kiosk',
    autoHideMenuBar: true,
    webPreferences: { ...secureWebPreferences(placement.screen, options), zoomFactor: placement.zoom },
  });
  // The default menu offers reload and developer tools to anyone with a keyboard.
  window.removeMenu();
  let url = target.screenUrl;
  const load = () => window.loadURL(url).catch((error: unknown) => log(`${placement.screen}: could not load ${url}: ${String(error)}`));
  const show = (next: string) => {
    url = next;
    if (!window.isDestroyed()) void load();
  };
  const contents = window.webContents;
  if (placement.touch) {
    // Inserted CSS lasts one document, so every page load needs it again.
    contents.on('dom-ready', () => void contents.insertCSS(hideCursorCss).catch((error: unknown) => log(`${placement.screen}: could not hide the cursor: ${String(error)}`)));
  }
  contents.setWindowOpenHandler(({ url: opened }) => {
    log(`${placement.screen}: blocked a new window for ${opened}`);
    return denyNewWindow();
  });
  const guard = (event: { preventDefault(): void }, destination: string) => {
    if (isAllowedNavigation(destination, target.hubOrigin)) return;
    event.preventDefault();
    log(`${placement.screen}: blocked navigation to ${destination}`);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  // A crashed or killed renderer leaves a blank screen in a room nobody is watching; bring the screen straight back.
  contents.on('render-process-gone', (_event, details) => {
    if (window.isDestroyed()) return;
    log(`${placement.screen}: page stopped (${details.reason}); reloading`);
    void load();
  });
  void load();
  return { window, showScreen: () => show(target.screenUrl), showOffline: () => show(target.offlineUrl) };
}
