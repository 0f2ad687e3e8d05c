// Entry point of the packaged app (bundled to dist/electron/main.cjs). The only file that loads Electron itself;
// everything it does is in shell.ts, which tests drive without Electron.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as electron from 'electron';
import { localWindowUrls } from '../screenUrls.ts';
import { superviseHub } from './hubSupervisor.ts';
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

const log = (line: string) => console.log(`[lotsa] ${line}`);

runShell(electron, {
  // A utility process rather than child_process.fork: it needs no ELECTRON_RUN_AS_NODE, which the runAsNode fuse
  // turns off in the packaged app.
  startHub: ({ log: hubLog, ...start }, watch) =>
    superviseHub({
      fork: () => electron.utilityProcess.fork(join(electron.app.getAppPath(), 'dist', 'electron', 'hubProcess.cjs'), [], { serviceName: 'Lotsa hub' }),
      start,
      log: hubLog ?? log,
      ...watch,
    }),
  screenUrls: localWindowUrls,
  readTextFile,
  argv: process.argv.slice(1),
  env: process.env,
  log,
}).catch((error: unknown) => {
  console.error('[lotsa] shell failed:', error);
  electron.app.exit(1);
});
