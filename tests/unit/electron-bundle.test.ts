// The shipped dist/electron/main.cjs, run in plain Node with a stand-in answering `require('electron')` (the real
// package would try to download its binary). Catches what the source-level tests cannot: bundling mistakes such
// as code that needs import.meta, and the hub not finding the screens from inside the app folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const bundle = join(root, 'dist', 'electron', 'main.cjs');

const standIn = `
const Module = require('node:module');
const { EventEmitter } = require('node:events');
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
    assert.deepEqual(seen, ['ELECTRON loaded /display 200', 'ELECTRON loaded /kiosk 200', 'ELECTRON loaded /survey 200', 'ELECTRON quit'], output);
    assert.equal(code, 0);
    assert.ok(existsSync(join(dir, 'data')), 'the hub kept its data in the user data folder');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
