// Starts a real hub process (the same `npm run serve` entry a user runs) on a fresh temporary SQLite file, so API
// and browser tests exercise the product as it ships: separate process, real port, real database on disk. Every
// answer that `api` and `fetch` receive is held to the hub's /api/openapi.json (./contract.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { answerChecker } from './contract.ts';

export interface RunningHub {
  url: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** Authorised JSON request against the hub; returns status and parsed body (null when empty). */
  api: <T = any>(method: string, path: string, body?: unknown, init?: { token?: string | null }) => Promise<{ status: number; body: T }>;
  /** fetch(url + path), with the answer checked against the document: for requests `api` cannot make. */
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** Registers and pairs a screen of this role (with the API token, as an admin would) and returns its credential. */
  pairDevice: (role: 'kiosk' | 'display' | 'survey', name?: string) => Promise<string>;
  stop: () => Promise<void>;
  kill9: () => Promise<void>;
}

const root = resolve(import.meta.dirname, '..', '..');

export interface StartHubOptions {
  dataDir?: string;
  token?: string;
  args?: string[];
}

export async function startHub(options: StartHubOptions = {}): Promise<RunningHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lotsa-test-'));
  const token = options.token ?? 'test-token-' + Math.random().toString(36).slice(2);
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/serve.ts', '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--api-token', token, ...(options.args ?? [])], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start within 20 s:\n${output}`)), 20_000);
    const check = () => {
      const match = /listening on (http:\/\/[\d.:]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code} before listening:\n${output}`));
    });
  });

  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const checkedFetch: RunningHub['fetch'] = async (path, init = {}) => {
    const response = await fetch(url + path, init);
    // A streamed download (the backup) is checked by its status and type only: its body is the caller's to read.
    const text = response.headers.get('content-type')?.startsWith('application/json') ? await response.clone().text() : '';
    const checker = await answerChecker(url);
    checker.check(init.method ?? 'GET', path, response.status, response.headers.get('content-type'), text);
    return response;
  };
  const api: RunningHub['api'] = async (method, path, body, init = {}) => {
    const auth = init.token === null ? undefined : (init.token ?? token);
    const response = await checkedFetch(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(auth ? { authorization: `Bearer ${auth}` } : {}),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const pairDevice: RunningHub['pairDevice'] = async (role, name = `Test ${role}`) => {
    const registered = await api('POST', '/api/devices', { role, name });
    if (registered.status !== 201) throw new Error(`registering a ${role}: HTTP ${registered.status} ${JSON.stringify(registered.body)}`);
    const paired = await api('POST', '/api/devices/pair', { pairingCode: registered.body.pairingCode }, { token: null });
    if (paired.status !== 200) throw new Error(`pairing a ${role}: HTTP ${paired.status} ${JSON.stringify(paired.body)}`);
    return paired.body.credential as string;
  };
  return {
    url,
    token,
    dataDir,
    process: child,
    output: () => output,
    api,
    fetch: checkedFetch,
    pairDevice,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
