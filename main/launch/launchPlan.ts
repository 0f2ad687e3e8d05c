// What `npm start` decides before doing anything: run the Electron shell if its binary is really here, otherwise
// run the same hub headless and tell the user how to show the screens in a browser. Pure; start.ts does the I/O.
import { join } from 'node:path';
import type { ScreenUrlName } from '../screenUrls.ts';

export interface FileProbe {
  exists: (path: string) => boolean;
  /** The file's text, or undefined when it cannot be read. */
  readText: (path: string) => string | undefined;
}

/**
 * The Electron executable, found the way node_modules/electron/index.js finds it, except that a missing binary is
 * answered with undefined: requiring `electron` from Node would start a download, which offline sites cannot do.
 */
export function findElectronBinary(
  electronPackageDir: string,
  probe: FileProbe,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const relative = probe.readText(join(electronPackageDir, 'path.txt'))?.trim();
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, relative || 'electron') : relative ? join(electronPackageDir, 'dist', relative) : undefined;
  return candidate && probe.exists(candidate) ? candidate : undefined;
}

export type LaunchMode = { mode: 'electron'; binary: string } | { mode: 'headless'; reason: string };

export function chooseLaunchMode(facts: {
  binary: string | undefined;
  shellBuilt: boolean;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
}): LaunchMode {
  if (!facts.binary) return { mode: 'headless', reason: 'the Electron binary is not installed (node_modules/electron has no downloaded build)' };
  if (!facts.shellBuilt) return { mode: 'headless', reason: 'the shell is not built (dist/electron/main.cjs is missing; run npm run build)' };
  if (facts.platform === 'linux' && !facts.env.DISPLAY && !facts.env.WAYLAND_DISPLAY) {
    return { mode: 'headless', reason: 'there is no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  return { mode: 'electron', binary: facts.binary };
}

const visitorScreens = ['kiosk', 'display', 'survey'] as const satisfies readonly ScreenUrlName[];

/** Lines telling the user that Lotsa runs without Electron and how to open every screen anyway. */
export function headlessBanner(reason: string, urls: Readonly<Record<ScreenUrlName, string>>, dataDir: string): string[] {
  const names = Object.keys(urls) as ScreenUrlName[];
  const width = Math.max(...names.map((name) => name.length));
  return [
    `Electron is not available: ${reason}.`,
    'Lotsa runs headless: the hub serves every screen to a web browser.',
    '',
    ...names.map((name) => `  ${name.padEnd(width)}  ${urls[name]}`),
    '',
    'Each visitor screen is paired once: in Admin → Devices register it, then type the code it gets on that screen.',
    'To show a visitor screen full-screen, paste its line on the PC that drives it (from another PC, use this',
    "PC's network address instead of 127.0.0.1):",
    ...visitorScreens.map((name) => `  ${chromiumKioskCommand(name, urls[name], join(dataDir, 'chromium', name))}`),
    '',
    'Press Ctrl+C to stop.',
  ];
}

function chromiumKioskCommand(screen: ScreenUrlName, url: string, profileDir: string): string {
  return [
    'chromium',
    '--kiosk',
    `--app=${url}`,
    // A profile per screen, so several kiosk windows can run at once on one PC.
    `--user-data-dir=${shellQuote(profileDir)}`,
    '--no-first-run',
    '--noerrdialogs',
    '--disable-translate',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    ...(screen === 'display' ? ['--autoplay-policy=no-user-gesture-required'] : []),
  ].join(' ');
}

function shellQuote(text: string): string {
  return /^[\w/.:=@%+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
