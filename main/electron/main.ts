// Entry point of the packaged app (bundled to dist/electron/main.cjs). The only file that loads Electron itself;
// everything it does is in shell.ts, which tests drive without Electron.
import { readFileSync } from 'node:fs';
import * as electron from 'electron';
import { startHub } from '../hub.ts';
import { screenUrls } from '../screenUrls.ts';
import { runShell } from './shell.ts';

function readTextFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// `npm start` forwards Ctrl+C and service managers send SIGTERM; both should close the hub, not kill it mid-write.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => electron.app.quit());

runShell(electron, {
  startHub,
  screenUrls,
  readTextFile,
  argv: process.argv.slice(1),
  env: process.env,
  log: (line) => console.log(`[lotsa] ${line}`),
}).catch((error: unknown) => {
  console.error('[lotsa] shell failed:', error);
  electron.app.exit(1);
});
