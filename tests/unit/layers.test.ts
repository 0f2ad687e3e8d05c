// The layering rule of the codebase, enforced: imports only point from a more specific layer to a more general one.
// common/ is pure and runs anywhere; hardware/ knows only the serial port and the printer's text shaping; screens never reach into the hub; only
// the Electron shell may import electron.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const SCREENS = ['kiosk', 'display', 'desk', 'guide', 'survey', 'admin', 'follow'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

interface Import {
  specifier: string;
  /** `import type`: erased at run time, so it loads nothing. */
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = [...text.matchAll(/(?:^|\s)(?:import|export)\s([^'"]*?)from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)];
  return found.map((m) => ({ specifier: m[2] ?? m[3] ?? m[4]!, typeOnly: /^type\s/.test(m[1] ?? '') }));
}

/** The top-level folder a relative import lands in, or the package name of a bare one. */
function target(file: string, specifier: string): { layer?: string; pkg?: string } {
  if (specifier.startsWith('.')) {
    const landed = relative(root, resolve(dirname(join(root, file)), specifier));
    const [top, second] = landed.split(sep);
    return { layer: top === 'main' && second === 'electron' ? 'main/electron' : top };
  }
  return { pkg: specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0] };
}

const rules: { from: string[]; layers: string[]; packages: RegExp }[] = [
  // Time zones come from Temporal (common/time/zone.ts), which runs in the browser bundles too; intl-messageformat is
  // pure too: ICU messages on the runtime's own Intl (common/i18n/messageFormat.ts), and its parser checks a
  // corrected translation (common/i18n/messageCheck.ts).
  { from: ['common'], layers: ['common'], packages: /^(zod|temporal-polyfill|intl-messageformat|@formatjs\/icu-messageformat-parser)$/ },
  { from: ['hardware'], layers: ['hardware'], packages: /^(node:.*|serialport|@serialport\/.*|@point-of-sale\/.*|harfbuzzjs|bidi-js)$/ },
  { from: ['ui', ...SCREENS.filter((s) => s !== 'admin')], layers: ['common', 'ui', ...SCREENS], packages: /^(preact|zod)$/ },
  // The admin dashboard draws its charts with Chart.js; no visitor screen carries it.
  { from: ['admin'], layers: ['common', 'ui', 'admin'], packages: /^(preact|zod|chart\.js)$/ },
  // The /api/docs page is Swagger UI and nothing of the hub's own: it reads the contract over HTTP like any client.
  { from: ['apidocs'], layers: ['apidocs'], packages: /^swagger-ui-dist$/ },
];

test('every import respects the layers', () => {
  const violations: string[] = [];
  for (const rule of rules) {
    for (const dir of rule.from) {
      for (const file of sourceFiles(dir)) {
        for (const { specifier } of importsOf(file)) {
          const { layer, pkg } = target(file, specifier);
          const allowed = layer ? rule.layers.includes(layer) || (rule.from.includes('ui') && layer === file.split(sep)[0]) : rule.packages.test(pkg!);
          if (!allowed) violations.push(`${file} imports ${specifier}`);
        }
      }
    }
  }
  assert.deepEqual(violations, []);
});

test('only the Electron shell loads electron, and the hub never imports a screen', () => {
  const violations: string[] = [];
  const everything = ['common', 'main', 'hardware', 'ui', ...SCREENS, 'tests'].flatMap(sourceFiles);
  for (const file of everything) {
    const inShell = file.startsWith(join('main', 'electron') + sep);
    for (const { specifier, typeOnly } of importsOf(file)) {
      const { layer, pkg } = target(file, specifier);
      if (pkg === 'electron' && !inShell && !typeOnly) violations.push(`${file} imports electron`);
      if (file.startsWith('main' + sep) && layer && ['ui', ...SCREENS, 'tests'].includes(layer)) violations.push(`${file} imports ${specifier}`);
      if (!inShell && layer === 'main/electron' && !file.startsWith('tests' + sep)) violations.push(`${file} imports the shell (${specifier})`);
    }
  }
  assert.deepEqual(violations, []);
});

test('the rule itself notices a violation', () => {
  assert.deepEqual(target(join('kiosk', 'main.tsx'), '../main/hub.ts'), { layer: 'main' });
  assert.deepEqual(target(join('main', 'start.ts'), './electron/shell.ts'), { layer: 'main/electron' });
  assert.deepEqual(target('x.ts', '@fastify/static'), { pkg: '@fastify/static' });
});
