// A real serial line for tests: socat joins two pseudo-terminals, named by links in a temporary folder. Killing socat
// is pulling the cable; starting it again with the same links is plugging it back in.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PtyPair {
  /** The end the hub opens, as --printer. */
  hubEnd: string;
  /** The end the test printer opens. */
  printerEnd: string;
  /** Destroys both ends, as a pulled cable does. */
  unplug(): Promise<void>;
  /** New pseudo-terminals behind the same names. */
  plugIn(): Promise<void>;
  /** Kills socat and removes the folder; safe to call twice. */
  destroy(): Promise<void>;
}

export async function ptyPair(): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir(), 'lotsa-pty-'));
  const hubEnd = join(dir, 'hub');
  const printerEnd = join(dir, 'printer');
  let socat: ChildProcess | undefined;

  const plugIn = async () => {
    const child = spawn('socat', [`pty,raw,echo=0,link=${hubEnd}`, `pty,raw,echo=0,link=${printerEnd}`], { stdio: 'ignore' });
    socat = child;
    for (let waited = 0; !(existsSync(hubEnd) && existsSync(printerEnd)); waited += 20) {
      if (child.exitCode !== null || waited > 5000) throw new Error(`socat did not make the PTY pair (exit ${child.exitCode}); is socat installed?`);
      await sleep(20);
    }
  };
  const unplug = async () => {
    const child = socat;
    socat = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    // socat removes its links on exit; make sure, so plugIn waits for the new ones.
    rmSync(hubEnd, { force: true });
    rmSync(printerEnd, { force: true });
  };
  await plugIn();
  return {
    hubEnd,
    printerEnd,
    unplug,
    plugIn,
    destroy: async () => {
      await unplug();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
