// electron-builder itself cannot run here (it needs the Electron binary), so this checks the packing rules that
// break a kiosk silently when wrong: native modules rebuilt and unpacked, fuses locked, and no auto-update calling
// home; and it runs electron-builder's own schema check, which needs no download.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');

/** Top-level `key: value` scalars and `key:` lists of `- item` entries; enough for this flat file. */
function topLevel(text: string): Map<string, string | string[]> {
  const entries = new Map<string, string | string[]>();
  let list: string[] | undefined;
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const key = /^([\w-]+):\s*(.*)$/.exec(line);
    if (key) {
      list = key[2] === '' ? [] : undefined;
      entries.set(key[1]!, list ?? key[2]!);
      continue;
    }
    const item = /^\s+-\s+(.+)$/.exec(line);
    if (item && list) list.push(item[1]!.replace(/^"(.*)"$/, '$1'));
  }
  return entries;
}

const config = topLevel(yml);

/** The `  key: value` lines under a top-level `section:`. */
function nestedMap(text: string, section: string): Record<string, string> {
  const body = new RegExp(`^${section}:\\n((?:(?: {2}.*)?\\n)*)`, 'm').exec(text)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/^ {2}([\w-]+):\s*(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

/** Packages in the production dependency tree that compile a native addon (they carry a binding.gyp). */
function nativeProductionPackages(): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string, from: string) => {
    const dir = [join(from, 'node_modules', name), join(root, 'node_modules', name)].find((d) => existsSync(join(d, 'package.json')));
    if (!dir || seen.has(dir)) return;
    seen.add(dir);
    if (existsSync(join(dir, 'binding.gyp'))) found.add(name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dir);
  };
  const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const dep of Object.keys(app.dependencies)) visit(dep, root);
  return [...found].sort();
}

test('identity and targets', () => {
  assert.equal(config.get('appId'), 'se.lotsa.app');
  assert.equal(config.get('productName'), 'Lotsa');
  assert.match(yml, /^linux:\n {2}target:\n {4}- AppImage\n {4}- deb$/m);
  assert.match(yml, /^win:\n {2}target:\n {4}- nsis$/m);
});

test('the app ships its build and production dependencies', () => {
  assert.deepEqual(config.get('files'), [
    'dist/**',
    'package.json',
    'node_modules/**',
    // The printer's fonts without the weights and sample pictures it never reads.
    '!node_modules/@expo-google-fonts/*/{100,200,300,500,600,800,900}*/**',
    '!node_modules/@expo-google-fonts/**/*.png',
  ]);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.ok((pkg.main as string).startsWith('dist/'), 'package.json main must be inside the packed files');
});

test('native modules are rebuilt for Electron and kept out of the asar archive', () => {
  assert.equal(config.get('asar'), 'true');
  assert.equal(config.get('npmRebuild'), 'true');
  const unpacked = config.get('asarUnpack');
  assert.ok(Array.isArray(unpacked));
  assert.ok(unpacked.includes('**/*.node'));
  const natives = nativeProductionPackages();
  assert.ok(natives.includes('better-sqlite3'), `expected better-sqlite3 among ${natives.join(', ')}`);
  for (const name of natives) assert.ok(unpacked.includes(`node_modules/${name}/**`), `${name} is native: add node_modules/${name}/** to asarUnpack`);
  // serialport's native part is not a dependency yet; it must be unpacked the day it arrives.
  assert.ok(unpacked.includes('node_modules/@serialport/bindings-cpp/**'));
});

test('fuses: no Node mode, no NODE_OPTIONS or inspector, app code only from an intact asar, cookies encrypted', () => {
  assert.deepEqual(nestedMap(yml, 'electronFuses'), {
    runAsNode: 'false',
    enableNodeOptionsEnvironmentVariable: 'false',
    enableNodeCliInspectArguments: 'false',
    enableEmbeddedAsarIntegrityValidation: 'true',
    onlyLoadAppFromAsar: 'true',
    enableCookieEncryption: 'true',
    grantFileProtocolExtraPrivileges: 'false',
  });
});

test('electron-builder accepts the configuration (its own schema check)', async () => {
  const require = createRequire(join(root, 'package.json'));
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const yaml = require('js-yaml');
  await validateConfiguration(yaml.load(yml), { add() {}, isEnabled: false });
});

test('the packed app carries the hub process, the preload and the offline page next to the shell', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const build: string = pkg.scripts['build:electron'];
  for (const entry of ['main/electron/main.ts', 'main/hubProcess.ts', 'main/electron/preload.ts', 'main/electron/offline.html']) {
    assert.ok(build.includes(entry), `build:electron bundles ${entry}`);
  }
  assert.ok(build.includes('--outdir=dist/electron'), 'into dist/electron, which files: dist/** packs');
  assert.match(pkg.scripts.dist, /electron-builder/);
});

test('no auto-update: sites are offline', () => {
  assert.equal(config.get('publish'), 'null');
});
