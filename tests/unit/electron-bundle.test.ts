// The shipped dist/electron/*.cjs, run in plain Node with a stand-in answering `require('electron')` (the real
// package would try to download its binary). Catches what the source-level tests cannot: bundling mistakes such
// as code that needs import.meta, the hub bundle not starting as a child, the hub not finding the screens from
// inside the app folder, and a preload that needs more than the sandbox allows.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const bundle = join(root, 'dist', 'electron', 'main.cjs');

const standIn = `
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const { fork } = require('node:child_process');
const say = (line) => console.log('ELECTRON ' + line);
const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  getPath: () => process.env.STAND_IN_USER_DATA,
  getAppPath: () => ${JSON.stringify(root)},
  quit() {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    app.emit('before-quit', event);
    if (!event.prevented) { say('quit'); process.exit(0); }
  },
  exit(code) { say('exit ' + code); process.exit(code); },
});
class BrowserWindow {
  constructor(options) { this.webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler() {} }); }
  async loadURL(url) { const response = await fetch(url); say('loaded ' + new URL(url).pathname + ' ' + response.status); if (++loaded === 3) app.quit(); }
  removeMenu() {}
  isDestroyed() { return false; }
}
let loaded = 0;
const display = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
const electron = {
  app, BrowserWindow,
  dialog: { showErrorBox: (title, message) => say('error box ' + message) },
  screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
  session: { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} } },
  powerSaveBlocker: { start: () => 1 },
  ipcMain: { handle() {} },
  // A utility process is a Node child with a message port: child_process.fork is the closest plain-Node match.
  utilityProcess: {
    fork(modulePath) {
      say('forked ' + require('node:path').relative(${JSON.stringify(root)}, modulePath));
      const child = fork(modulePath, [], { stdio: 'inherit' });
      return {
        postMessage: (message) => child.send(message),
        on(event, listener) { child.on(event, event === 'exit' ? (code) => listener(code ?? 1) : listener); return this; },
        kill: () => child.kill(),
      };
    },
  },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? electron : load.call(this, request, ...rest); };
`;

test('the bundled shell starts the hub, loads every screen and closes the hub on quit', { timeout: 30_000 }, async () => {
  // npm test builds first; run on its own, a missing bundle is a failure that says what to do, never a silent skip.
  assert.ok(existsSync(bundle), `${bundle} is missing: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'lotsa-bundle-'));
  try {
    writeFileSync(join(dir, 'stand-in.cjs'), standIn);
    const child = spawn(process.execPath, ['--require', join(dir, 'stand-in.cjs'), bundle], {
      cwd: dir,
      env: { ...process.env, STAND_IN_USER_DATA: dir, LOTSA_PORT: '0', LOTSA_HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    const seen = output.split('\n').filter((line) => line.startsWith('ELECTRON ')).sort();
    assert.deepEqual(
      seen,
      ['ELECTRON forked dist/electron/hubProcess.cjs', 'ELECTRON loaded /display 200', 'ELECTRON loaded /kiosk 200', 'ELECTRON loaded /survey 200', 'ELECTRON quit'],
      output,
    );
    assert.equal(code, 0);
    assert.ok(existsSync(join(dir, 'data')), 'the hub kept its data in the user data folder');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundled preload loads nothing but electron and exposes exactly one function, which asks the shell to exit', () => {
  const preload = join(root, 'dist', 'electron', 'preload.cjs');
  assert.ok(existsSync(preload), `${preload} is missing: run npm run build first`);
  const required: string[] = [];
  const exposed: Array<[string, Record<string, unknown>]> = [];
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.push([key, api]) },
    ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve(false)) },
  };
  // What a sandboxed preload gets: a require that knows only electron.
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', readFileSync(preload, 'utf8'))(sandboxRequire, module, module.exports);
  assert.deepEqual(required, ['electron']);
  assert.equal(exposed.length, 1);
  const [key, api] = exposed[0]!;
  assert.equal(key, 'lotsaShell');
  assert.deepEqual(Object.keys(api), ['requestExit']);
  void (api.requestExit as (pin: unknown) => Promise<boolean>)(4711);
  assert.deepEqual(invoked, [['lotsa:request-exit', '4711']]);
});

test('the "back in a moment" page ships next to the shell, in Swedish and English, with no script and a CSP that fits its style', () => {
  const page = readFileSync(join(root, 'dist', 'electron', 'offline.html'), 'utf8');
  assert.match(page, /<h1>Strax tillbaka<\/h1>/);
  assert.match(page, /<section lang="en">\s*<h1>Back in a moment<\/h1>/);
  assert.doesNotMatch(page, /<script|<link|src=|href=/i, 'nothing to fetch from a hub that is down');
  const style = /<style>([^<]*)<\/style>/.exec(page)![1]!;
  const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1]!;
  assert.equal(csp, `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
});
