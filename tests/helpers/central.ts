// Starts the real central service process (`npm run central`'s entry) on a temporary folder with its embedded
// PostgreSQL, the way tests/helpers/hub.ts starts a hub. It can be killed with SIGKILL and started again on the same
// folder and port, so the sites' hubs, which know it by address, find it back as they would after a crash.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningCentral {
  url: string;
  apiToken: string;
  dataDir: string;
  /** What the current process printed. */
  output: () => string;
  /** JSON request with the API token (or `token`, or none when null); status and parsed body. */
  api: <T = any>(method: string, path: string, body?: unknown, init?: { token?: string | null }) => Promise<{ status: number; body: T }>;
  /** Stops the process (SIGTERM, a clean stop) and starts it again, with `args` added (e.g. --test-apply-delay-ms). */
  restart: (args?: string[]) => Promise<void>;
  /** SIGKILL, as a crash or power cut: its PostgreSQL is left running until the next start stops it. */
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
}

const root = resolve(import.meta.dirname, '..', '..');

interface Started {
  child: ChildProcess;
  url: string;
  exited: Promise<void>;
  output: () => string;
}

async function launch(dataDir: string, apiToken: string, port: number, args: string[]): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/central/serve.ts', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir, '--api-token', apiToken, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`central service did not start within 30 s:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`central service exited with ${code} before listening:\n${output}`));
    });
  });
  return { child, url, exited, output: () => output };
}

export async function startCentral(args: string[] = []): Promise<RunningCentral> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lotsa-central-'));
  // As root the embedded server runs as a `postgres` user of its own, which must reach the folder mkdtemp made private.
  chmodSync(dataDir, 0o755);
  const apiToken = 'central-token-' + Math.random().toString(36).slice(2);
  let current = await launch(dataDir, apiToken, 0, args);
  const port = Number(new URL(current.url).port);
  const api: RunningCentral['api'] = async (method, path, body, init = {}) => {
    const auth = init.token === null ? undefined : (init.token ?? apiToken);
    const response = await fetch(current.url + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text || null };
  };
  const halt = async (signal: NodeJS.Signals) => {
    if (current.child.exitCode === null && current.child.signalCode === null) current.child.kill(signal);
    await current.exited;
  };
  return {
    get url() {
      return current.url;
    },
    apiToken,
    dataDir,
    output: () => current.output(),
    api,
    restart: async (more = []) => {
      await halt('SIGTERM');
      current = await launch(dataDir, apiToken, port, more);
    },
    kill9: () => halt('SIGKILL'),
    stop: async () => {
      await halt('SIGTERM');
      // After a kill -9 that was not followed by a start, the embedded server still runs on the folder.
      spawnSync('pkill', ['-f', join(dataDir, 'postgres')]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
