import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printerConfig } from '../../main/printer/printerConfig.ts';

const settings = { printerProfile: 'clone-80' as const, printerPath: '/dev/serial/by-id/usb-STMicro_POS58-if00', printerBaud: 9600 };

test('--printer and --baud on the command line win over the settings; the profile always comes from the settings', () => {
  assert.deepEqual(printerConfig({ path: '/dev/ttyUSB0', baud: 115200 }, settings), {
    profileName: 'clone-80',
    connection: { kind: 'serial', path: '/dev/ttyUSB0', baud: 115200, from: 'command-line' },
  });
});

test('without the command line the settings’ path and baud are used, and without a path it is the virtual printer', () => {
  assert.deepEqual(printerConfig(undefined, settings).connection, { kind: 'serial', path: settings.printerPath, baud: 9600, from: 'settings' });
  assert.deepEqual(printerConfig(undefined, { ...settings, printerPath: null }).connection, { kind: 'virtual' });
});
