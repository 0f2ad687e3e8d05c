// The hub as a child process of the Electron shell, so that a crash in it (a native module fault, an out-of-memory)
// stops only the hub: the shell keeps its windows, shows "back in a moment" and starts this again. Electron runs it
// as a utility process (messages through process.parentPort); plain Node runs it under child_process.fork (messages
// through process.send), which is how the tests drive it.
import { startHub, type Hub } from './hub.ts';
import { ParentMessage, type ChildMessage } from './hubProtocol.ts';

interface ParentChannel {
  /** Resolves once the message has left this process, so an exit right after cannot swallow it. */
  send(message: ChildMessage): Promise<void>;
  onMessage(listener: (message: unknown) => void): void;
}

/** The slice of Electron's ParentPort used here; its type is not loaded because this file also runs in plain Node. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

function parentChannel(): ParentChannel {
  const port = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (port) {
    return {
      send: async (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (event) => listener(event.data)),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('hubProcess must be started by the Lotsa shell (an Electron utility process or child_process.fork)');
  // Plain Node: the parent going away closes the channel, and a hub nobody supervises must not linger.
  process.once('disconnect', () => void stop());
  return {
    send: (message) => new Promise((resolve) => send(message, undefined, {}, () => resolve())),
    onMessage: (listener) => process.on('message', listener),
  };
}

// Ctrl+C in a terminal and systemd's stop signal reach every process of the group. The shell receives them too and
// asks for a clean stop; dying here first would look like a crash and start a needless restart.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

const parent = parentChannel();
let hub: Promise<Hub> | undefined;

async function start(options: Extract<ParentMessage, { type: 'start' }>['options']): Promise<void> {
  hub = startHub({ ...options, log: (line) => void parent.send({ type: 'log', line }) });
  try {
    const { url, port, apiToken, apiTokenGenerated, demoSeeded, setupCode } = await hub;
    await parent.send({ type: 'ready', url, port, apiToken, apiTokenGenerated, demoSeeded, setupCode });
  } catch (error) {
    await parent.send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
}

async function stop(): Promise<void> {
  await hub?.then((running) => running.close()).catch(() => {});
  process.exit(0);
}

parent.onMessage((raw) => {
  const message = ParentMessage.safeParse(raw);
  if (!message.success) {
    void parent.send({ type: 'log', line: `hub process: ignored a message it does not understand: ${JSON.stringify(raw)}` });
    return;
  }
  if (message.data.type === 'stop') void stop();
  else if (!hub) void start(message.data.options);
});
