// Runs the hub as a child process (main/hubProcess.ts) and keeps it running: after a crash it tells the shell the
// hub is down, starts it again on the same port after the back-off of restartPolicy.ts, and tells the shell when it
// answers again. The child is made by an injected fork, so tests run the real protocol with plain Node.
import type { Hub } from '../hub.ts';
import { ChildMessage, type HubStartOptions, type ParentMessage } from '../hubProtocol.ts';
import { defaultRestartPolicy, planRestart, type RestartPolicy } from './restartPolicy.ts';

/** What the supervisor needs of a child; Electron's UtilityProcess has this shape. */
export interface HubChild {
  postMessage(message: ParentMessage): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface HubWatch {
  /** The hub stopped unexpectedly and a restart is scheduled. Called once per outage. */
  down(reason: string): void;
  /** A restarted hub answers again at the same address. */
  up(): void;
}

export interface SupervisorOptions extends HubWatch {
  fork: () => HubChild;
  start: HubStartOptions;
  log: (line: string) => void;
  policy?: RestartPolicy;
  /** How long a stopping hub may take to close its database before it is killed. */
  stopTimeoutMs?: number;
}

/**
 * Starts the hub and resolves once it answers. A first start that fails rejects with the hub's own reason (the
 * shell shows it to the user); only a hub that has run once is restarted. close() stops it for good.
 */
export function superviseHub(options: SupervisorOptions): Promise<Hub> {
  const policy = options.policy ?? defaultRestartPolicy;
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  let start = options.start;
  let child: HubChild | undefined;
  let readyAt: number | undefined;
  let everReady = false;
  let up = false;
  let crashesInARow = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let stopping: Promise<void> | undefined;
  let childExited: (() => void) | undefined;

  return new Promise<Hub>((resolveFirst, rejectFirst) => {
    let failure: string | undefined;

    const run = () => {
      restartTimer = undefined;
      readyAt = undefined;
      failure = undefined;
      const current = options.fork();
      child = current;
      current.on('message', (raw) => {
        const parsed = ChildMessage.safeParse(raw);
        if (!parsed.success) return options.log(`hub sent a message the shell does not understand: ${JSON.stringify(raw)}`);
        const message = parsed.data;
        if (message.type === 'log') return options.log(message.line);
        if (message.type === 'failed') {
          failure = message.message;
          return options.log(`hub could not start: ${message.message}`);
        }
        readyAt = Date.now();
        up = true;
        if (everReady) return options.up();
        everReady = true;
        // A restart must come back at the address the windows already show, even if the first port was chosen by
        // the system (port 0).
        start = { ...start, port: message.port };
        const { url, port, apiToken, apiTokenGenerated, demoSeeded, setupCode } = message;
        resolveFirst({ url, port, apiToken, apiTokenGenerated, demoSeeded, setupCode, close });
      });
      current.on('exit', (code) => {
        child = undefined;
        if (stopping) return childExited?.();
        if (!everReady) return rejectFirst(new Error(failure ?? `the hub process stopped (exit code ${code}) before it was ready`));
        const uptimeMs = readyAt === undefined ? 0 : Date.now() - readyAt;
        const plan = planRestart(crashesInARow, uptimeMs, policy);
        crashesInARow = plan.crashesInARow;
        const reason = failure ?? `the hub process stopped with exit code ${code}`;
        options.log(`${reason}; restarting it in ${plan.delayMs / 1000} s (crash ${crashesInARow} in a row)`);
        if (up) {
          up = false;
          options.down(reason);
        }
        restartTimer = setTimeout(run, plan.delayMs);
      });
      current.postMessage({ type: 'start', options: start });
    };

    const close = (): Promise<void> => {
      stopping ??= new Promise<void>((resolve) => {
        clearTimeout(restartTimer);
        const running = child;
        if (!running) return resolve();
        const killTimer = setTimeout(() => {
          options.log(`hub did not stop within ${stopTimeoutMs / 1000} s; killing it`);
          running.kill();
        }, stopTimeoutMs);
        childExited = () => {
          clearTimeout(killTimer);
          resolve();
        };
        running.postMessage({ type: 'stop' });
      });
      return stopping;
    };

    run();
  });
}
