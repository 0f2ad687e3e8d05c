// The console way to the first administrator: `npm run admin:create` on the hub's data folder, password piped in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHub } from '../helpers/hub.ts';
import { PASSWORD, send } from '../helpers/people.ts';

const root = resolve(import.meta.dirname, '..', '..');
const adminCreate = (dataDir: string, username: string, password: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/adminCreate.ts', '--username', username, '--data', dataDir], { cwd: root, input: `${password}\n`, encoding: 'utf8' });

test('admin:create makes an administrator who can sign in; the hub then asks for no setup code', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lotsa-admin-'));
  try {
    const weak = adminCreate(dataDir, 'chef', 'short');
    assert.equal(weak.status, 2);
    assert.match(weak.stderr, /at least 10 characters/);
    const made = adminCreate(dataDir, 'chef', PASSWORD);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /Created admin "chef"/);

    const hub = await startHub({ dataDir });
    try {
      const login = await send(hub.url, 'POST', '/api/auth/login', { body: { username: 'chef', password: PASSWORD } });
      assert.deepEqual(login.body.user, { id: login.body.user.id, username: 'chef', role: 'admin' });
      assert.equal((await send(hub.url, 'GET', '/api/auth/status')).body.setupNeeded, false);
      assert.doesNotMatch(hub.output(), /Setup code/);
    } finally {
      await hub.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
