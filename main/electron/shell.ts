// The Electron main process, minus the `electron` import: it starts the hub in-process and opens one locked-down
// window per configured screen. Electron arrives as a parameter so tests can hand in a recorder.
import { join } from 'node:path';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Dialog,
  PowerSaveBlocker,
  Screen,
  Session,
  WebContents,
} from 'electron';
import type { Hub, HubOptions } from '../hub.ts';
import type { screenUrls } from '../screenUrls.ts';
import { readLaunchSettings } from '../launch/launchSettings.ts';
import { denyNewWindow, isAllowedNavigation } from './navigationGuard.ts';
import { placeWindows, type WindowPlacement } from './placement.ts';
import { parseScreenConfig } from './screenConfig.ts';
import { secureWebPreferences } from './windowSecurity.ts';

export type ShellWindow = Pick<BrowserWindow, 'loadURL' | 'removeMenu' | 'isMinimized' | 'restore' | 'focus' | 'isDestroyed'> & {
  webContents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
};

/** The slice of `typeof import('electron')` the shell uses; the real module satisfies it (see main.ts). */
export interface ElectronApi {
  app: Pick<App, 'requestSingleInstanceLock' | 'whenReady' | 'on' | 'quit' | 'exit' | 'getPath' | 'getAppPath'>;
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => ShellWindow;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  session: { defaultSession: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> };
  powerSaveBlocker: Pick<PowerSaveBlocker, 'start'>;
  dialog: Pick<Dialog, 'showErrorBox'>;
}

export interface ShellDeps {
  startHub: (options: HubOptions) => Promise<Hub>;
  screenUrls: typeof screenUrls;
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
  const windows: ShellWindow[] = [];
  app.on('second-instance', () => {
    const first = windows.find((w) => !w.isDestroyed());
    if (first?.isMinimized()) first.restore();
    first?.focus();
  });
  // Registered before ready so that closing the last window never leaves a hub running with nothing on screen.
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();

  let hub: Hub;
  let placements: WindowPlacement[];
  let devTools: boolean;
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
    hub = await deps.startHub({
      dataDir: settings.dataDir ?? join(app.getPath('userData'), 'data'),
      // Bundled, the hub cannot find the screens from its own source location; they sit in the app folder.
      screensDir: join(app.getAppPath(), 'dist', 'screens'),
      port: settings.port ?? config.port ?? defaultPort,
      host: settings.host,
      printer: config.printer,
      demo: settings.demo,
      log: deps.log,
    });
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
  for (const placement of placements) {
    windows.push(openScreenWindow(electron.BrowserWindow, placement, urls[placement.screen], hubOrigin, devTools, deps.log));
  }
  deps.log(`Lotsa is running at ${hub.url} with ${windows.length} window(s)`);
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

function openScreenWindow(
  BrowserWindow: ElectronApi['BrowserWindow'],
  placement: WindowPlacement,
  url: string,
  hubOrigin: string,
  devTools: boolean,
  log: (line: string) => void,
): ShellWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    title: `Lotsa – ${placement.screen}`,
    fullscreen: placement.mode === 'fullscreen',
    kiosk: placement.mode === 'kiosk',
    autoHideMenuBar: true,
    webPreferences: { ...secureWebPreferences(placement.screen, { devTools }), zoomFactor: placement.zoom },
  });
  // The default menu offers reload and developer tools to anyone with a keyboard.
  window.removeMenu();
  const load = () => window.loadURL(url).catch((error: unknown) => log(`${placement.screen}: could not load ${url}: ${String(error)}`));
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url: target }) => {
    log(`${placement.screen}: blocked a new window for ${target}`);
    return denyNewWindow();
  });
  const guard = (event: { preventDefault(): void }, target: string) => {
    if (isAllowedNavigation(target, hubOrigin)) return;
    event.preventDefault();
    log(`${placement.screen}: blocked navigation to ${target}`);
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
  return window;
}
