import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultShellConfig, parseScreenConfig, ScreenConfigError } from '../../main/electron/screenConfig.ts';

const source = '/etc/lotsa/lotsa.config.json';

function problemsOf(text: string): string {
  try {
    parseScreenConfig(text, source);
  } catch (error) {
    assert.ok(error instanceof ScreenConfigError, `expected a ScreenConfigError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the config to be rejected');
}

test('no config file opens kiosk, display and survey windowed on the primary monitor', () => {
  assert.equal(parseScreenConfig(undefined, source), defaultShellConfig);
  assert.deepEqual(defaultShellConfig, {
    screens: [
      { screen: 'kiosk', monitor: 'primary', mode: 'windowed', zoom: 1, touch: false },
      { screen: 'display', monitor: 'primary', mode: 'windowed', zoom: 1, touch: false },
      { screen: 'survey', monitor: 'primary', mode: 'windowed', zoom: 1, touch: false },
    ],
  });
});

test('a full config is read with every way of naming a monitor', () => {
  const config = parseScreenConfig(
    JSON.stringify({
      screens: [
        { screen: 'kiosk', monitor: 0, mode: 'kiosk', zoom: 1.5, touch: true },
        { screen: 'display', monitor: { id: 2779098405 }, mode: 'fullscreen' },
        { screen: 'survey', monitor: 'right' },
        { screen: 'desk' },
      ],
      port: 4900,
      printer: { path: '/dev/ttyUSB0', baud: 19200 },
    }),
    source,
  );
  assert.deepEqual(config, {
    screens: [
      { screen: 'kiosk', monitor: 0, mode: 'kiosk', zoom: 1.5, touch: true },
      { screen: 'display', monitor: { id: 2779098405 }, mode: 'fullscreen', zoom: 1, touch: false },
      { screen: 'survey', monitor: 'right', mode: 'windowed', zoom: 1, touch: false },
      { screen: 'desk', monitor: 'primary', mode: 'windowed', zoom: 1, touch: false },
    ],
    port: 4900,
    printer: { path: '/dev/ttyUSB0', baud: 19200 },
  });
});

test('a touch screen and an exit PIN hash are read; a PIN in clear text is refused with the way to make a hash', () => {
  const hash = `scrypt:${'A'.repeat(22)}:${'b'.repeat(43)}`;
  const config = parseScreenConfig(JSON.stringify({ screens: [{ screen: 'kiosk', touch: true }], exitPinHash: hash }), source);
  assert.equal(config.screens[0]!.touch, true);
  assert.equal(config.exitPinHash, hash);
  assert.equal(defaultShellConfig.exitPinHash, undefined, 'no PIN by default: the hidden exit is off');
  const message = problemsOf(JSON.stringify({ screens: [{ screen: 'kiosk' }], exitPinHash: '4711' }));
  assert.match(message, /^ {2}exitPinHash: expected the line printed by `npx tsx main\/electron\/hashExitPin\.ts <PIN>`/m);
});

test('the example config shipped in the repository is valid', () => {
  const path = new URL('../../lotsa.config.example.json', import.meta.url);
  const config = parseScreenConfig(readFileSync(path, 'utf8'), 'lotsa.config.example.json');
  assert.ok(config.screens.length >= 3);
});

test('broken JSON names the file', () => {
  const message = problemsOf('{ "screens": [ ');
  assert.match(message, /^\/etc\/lotsa\/lotsa\.config\.json is not valid JSON: /);
});

test('each mistake is reported on its own line with the field that is wrong', () => {
  const message = problemsOf(
    JSON.stringify({
      screens: [
        { screen: 'kiosk', mode: 'fullscren' },
        { screen: 'tv' },
        { screen: 'survey', monitor: 'middle', zoom: 9, touch: false },
        { screen: 'display', monitor: -1 },
      ],
    }),
  );
  const lines = message.split('\n');
  assert.equal(lines[0], `${source} is not a valid Lotsa screen configuration:`);
  assert.match(message, /^ {2}screens\[0\]\.mode: .*"windowed"\|"fullscreen"\|"kiosk"/m);
  assert.match(message, /^ {2}screens\[1\]\.screen: .*"kiosk"\|"display"\|"survey"\|"desk"\|"admin"/m);
  assert.match(message, /^ {2}screens\[2\]\.monitor: expected a monitor index \(0, 1, …\), \{"id": <display id>\} or one of "primary"/m);
  assert.match(message, /^ {2}screens\[2\]\.zoom: .*5/m);
  assert.match(message, /^ {2}screens\[3\]\.monitor: .*>=0/m);
  assert.equal(lines.length, 6);
});

test('misspelt keys are rejected rather than silently ignored', () => {
  const message = problemsOf(JSON.stringify({ screens: [{ screen: 'kiosk', monitr: 1 }] }));
  assert.match(message, /screens\[0\]: .*monitr/);
});

test('an empty screen list and a missing list are both explained', () => {
  assert.match(problemsOf('{"screens": []}'), /screens: list at least one screen to open/);
  assert.match(problemsOf('{}'), /screens: /);
  assert.match(problemsOf('[]'), /\(top level\): /);
});

test('a bad port or printer is caught before the hub tries to use it', () => {
  const message = problemsOf(JSON.stringify({ screens: [{ screen: 'kiosk' }], port: 70000, printer: { path: '' } }));
  assert.match(message, /^ {2}port: /m);
  assert.match(message, /^ {2}printer\.path: /m);
  assert.match(message, /^ {2}printer\.baud: /m);
});
