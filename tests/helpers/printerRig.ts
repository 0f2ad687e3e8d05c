// A hub process with a serial printer: a socat PTY pair, the test printer on one end and the hub started with
// --printer on the other, ready once the hub reports the printer ready. For API tests, browser tests and bench:print.
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from './hub.ts';
import { eventually } from './browser.ts';
import { ptyPair, type PtyPair } from './ptyPair.ts';
import { openTestPrinter, type TestPrinter } from './testPrinter.ts';
import type { Health } from '../../common/schemas/health.ts';

export interface PrinterRig {
  hub: RunningHub;
  pty: PtyPair;
  /** The test printer now on the far end (a new one after replug). */
  far: TestPrinter;
  /** Waits until /api/health reports this printer state. */
  becomes(state: string, timeoutMs?: number): Promise<void>;
  /** Pulls the cable: both PTY ends go away. */
  unplug(): Promise<void>;
  /** New PTYs behind the same names, and a test printer on its end. */
  plugIn(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPrinterRig(): Promise<PrinterRig> {
  const pty = await ptyPair();
  let far = await openTestPrinter(pty.printerEnd);
  let hub: RunningHub | undefined;
  const stop = async () => {
    await hub?.stop();
    await far.close();
    await pty.destroy();
  };
  try {
    hub = await startHub({ args: ['--printer', pty.hubEnd, '--baud', '19200'] });
    const running = hub;
    const becomes = (state: string, timeoutMs = 10_000) =>
      eventually(async () => assert.equal((await running.api<Health>('GET', '/api/health')).body.printer.state, state), timeoutMs);
    await becomes('ready');
    return {
      hub: running,
      pty,
      get far() {
        return far;
      },
      becomes,
      unplug: async () => {
        await far.close();
        await pty.unplug();
      },
      plugIn: async () => {
        await pty.plugIn();
        far = await openTestPrinter(pty.printerEnd);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
