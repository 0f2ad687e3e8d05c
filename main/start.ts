// `npm start`: the Electron shell when its binary is installed, otherwise the same hub headless in this process,
// with the screens' addresses and Chromium kiosk commands printed. It never fails for want of Electron.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHub } from './hub.ts';
import { BUILT_SCREENS_DIR } from './builtScreens.ts';
import { screenUrls, setupCodeLine } from './screenUrls.ts';
import { chooseLaunchMode, findElectronBinary, headlessBanner } from './launch/launchPlan.ts';
import { readLaunchSettings, type LaunchSettings } from './launch/launchSettings.ts';

const root = resolve(import.meta.dirname, '..');
const defaultPort = 4800;

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function runHeadless(reason: string, settings: LaunchSettings, dataDir: string, port: number): Promise<void> {
  let hub;
  try {
    hub = await startHub({
      dataDir,
      port,
      host: settings.host,
      demo: true,
      ...(settings.demoDays ? { demoDays: settings.demoDays } : {}),
      screensDir: BUILT_SCREENS_DIR,
      log: (line) => console.log(line),
    });
  } catch (error) {
    console.error(`lotsa: the hub could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(headlessBanner(reason, screenUrls(hub.url, hub.apiToken), dataDir).join('\n'));
  if (hub.setupCode) console.log(setupCodeLine(hub.setupCode));
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(1); // a second Ctrl+C means "now"
    stopping = true;
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('lotsa: the hub did not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function runElectron(binary: string, settings: LaunchSettings, dataDir: string, port: number): void {
  // package.json "main" points Electron at dist/electron/main.cjs; the shell reads the same LOTSA_* settings.
  const child = spawn(binary, [root, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, LOTSA_DATA: dataDir, LOTSA_PORT: String(port), LOTSA_DEMO: '1' },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.once('error', (error) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    void runHeadless(`the Electron binary at ${binary} could not be started (${error.message})`, settings, dataDir, port);
  });
  child.once('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

let settings: LaunchSettings;
try {
  settings = readLaunchSettings(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`lotsa: ${(error as Error).message}`);
  process.exit(2);
}
const dataDir = resolve(settings.dataDir ?? 'data');
const port = settings.port ?? defaultPort;
const plan = chooseLaunchMode({
  binary: findElectronBinary(join(root, 'node_modules', 'electron'), { exists: existsSync, readText }, process.env),
  shellBuilt: existsSync(join(root, 'dist', 'electron', 'main.cjs')),
  platform: process.platform,
  env: process.env,
});
if (plan.mode === 'electron') runElectron(plan.binary, settings, dataDir, port);
else await runHeadless(plan.reason, settings, dataDir, port);
