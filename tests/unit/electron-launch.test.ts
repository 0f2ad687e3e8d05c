import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenUrls } from '../../main/screenUrls.ts';
import { chooseLaunchMode, findElectronBinary, headlessBanner, type FileProbe } from '../../main/launch/launchPlan.ts';
import { readLaunchSettings } from '../../main/launch/launchSettings.ts';

function probe(files: Record<string, string>): FileProbe {
  return { exists: (path) => path in files, readText: (path) => files[path] };
}

const pkg = '/app/node_modules/electron';

test('a downloaded Electron is found through path.txt', () => {
  const files = probe({ [`${pkg}/path.txt`]: 'electron\n', [`${pkg}/dist/electron`]: '' });
  assert.equal(findElectronBinary(pkg, files, {}), `${pkg}/dist/electron`);
});

test('no path.txt, or a path.txt whose binary is gone, means no Electron (and nothing is downloaded)', () => {
  assert.equal(findElectronBinary(pkg, probe({}), {}), undefined);
  assert.equal(findElectronBinary(pkg, probe({ [`${pkg}/path.txt`]: 'electron' }), {}), undefined);
});

test('ELECTRON_OVERRIDE_DIST_PATH is honoured like Electron itself does', () => {
  const files = probe({ '/opt/electron/electron': '' });
  assert.equal(findElectronBinary(pkg, files, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }), '/opt/electron/electron');
});

test('Electron runs only with a binary, a built shell and, on Linux, a graphical session', () => {
  const ready = {
    binary: '/e/electron' as string | undefined,
    shellBuilt: true,
    platform: 'linux' as NodeJS.Platform,
    env: { DISPLAY: ':0' } as Record<string, string | undefined>,
  };
  assert.deepEqual(chooseLaunchMode(ready), { mode: 'electron', binary: '/e/electron' });
  assert.deepEqual(chooseLaunchMode({ ...ready, env: { WAYLAND_DISPLAY: 'wayland-0' } }).mode, 'electron');
  assert.deepEqual(chooseLaunchMode({ ...ready, platform: 'win32', env: {} }).mode, 'electron');

  const headless = (facts: Partial<typeof ready>) => {
    const plan = chooseLaunchMode({ ...ready, ...facts });
    assert.equal(plan.mode, 'headless');
    return plan.mode === 'headless' ? plan.reason : '';
  };
  assert.match(headless({ binary: undefined }), /Electron binary is not installed/);
  assert.match(headless({ shellBuilt: false }), /dist\/electron\/main\.cjs is missing; run npm run build/);
  assert.match(headless({ env: {} }), /no graphical session/);
});

test('the headless banner lists every screen and a Chromium kiosk line per visitor screen', () => {
  const lines = headlessBanner('the Electron binary is not installed', screenUrls('http://127.0.0.1:4800', 'tok'), '/srv/lotsa data');
  const text = lines.join('\n');
  assert.equal(lines[0], 'Electron is not available: the Electron binary is not installed.');
  assert.match(text, /Lotsa runs headless/);
  for (const url of ['/kiosk', '/display', '/survey', '/desk?token=tok', '/admin?token=tok']) {
    assert.ok(text.includes(`http://127.0.0.1:4800${url}`), url);
  }
  const commands = lines.filter((line) => line.trim().startsWith('chromium '));
  assert.equal(commands.length, 3, 'staff screens get no kiosk command');
  const [kiosk, display, survey] = commands.map((line) => line.trim());
  assert.ok(kiosk!.startsWith('chromium --kiosk --app=http://127.0.0.1:4800/kiosk '));
  assert.ok(kiosk!.includes(`--user-data-dir='/srv/lotsa data/chromium/kiosk'`), 'a path with a space is quoted for the shell');
  assert.ok(!kiosk!.includes('--autoplay-policy'));
  assert.ok(display!.includes('--app=http://127.0.0.1:4800/display'));
  assert.ok(display!.includes('--autoplay-policy=no-user-gesture-required'));
  assert.ok(!survey!.includes('--autoplay-policy'));
});

test('launch settings: flags win over LOTSA_* variables, which win over nothing', () => {
  assert.deepEqual(readLaunchSettings([], {}), {
    port: undefined,
    host: undefined,
    dataDir: undefined,
    configPath: undefined,
    demo: false,
    dev: false,
  });
  const env = { LOTSA_PORT: '4900', LOTSA_DATA: '/srv/lotsa', LOTSA_HOST: '0.0.0.0', LOTSA_CONFIG: '/etc/l.json', LOTSA_DEMO: '1', LOTSA_DEV: '1' };
  assert.deepEqual(readLaunchSettings([], env), {
    port: 4900,
    host: '0.0.0.0',
    dataDir: '/srv/lotsa',
    configPath: '/etc/l.json',
    demo: true,
    dev: true,
  });
  const flags = readLaunchSettings(['--port', '0', '--data=/tmp/x', '--no-sandbox', '.'], env);
  assert.equal(flags.port, 0);
  assert.equal(flags.dataDir, '/tmp/x');
});

test('launch settings: a port that is not a port is refused with a clear message', () => {
  for (const bad of ['eighty', '-1', '65536', '48.5', '0x50']) {
    assert.throws(() => readLaunchSettings(['--port', bad], {}), /port must be a whole number from 0 to 65535/, bad);
  }
});
