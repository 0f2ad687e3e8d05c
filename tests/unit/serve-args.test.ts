import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseServeArgs } from '../../main/cli/serveArgs.ts';

describe('npm run serve arguments', () => {
  test('defaults: port 4800 on every interface, ./data, no token, virtual printer', () => {
    assert.deepEqual(parseServeArgs([]), { port: 4800, host: '0.0.0.0', dataDir: './data', demo: false });
  });

  test('the full contract', () => {
    assert.deepEqual(
      parseServeArgs(['--port', '9000', '--data', '/var/lib/lotsa', '--api-token', 'secret-token', '--printer', '/dev/ttyUSB0', '--baud', '9600', '--demo']),
      { port: 9000, host: '0.0.0.0', dataDir: '/var/lib/lotsa', apiToken: 'secret-token', printer: { path: '/dev/ttyUSB0', baud: 9600 }, demo: true },
    );
  });

  test('--webhook-retry-ms sets the first webhook retry\'s wait', () => {
    assert.deepEqual(parseServeArgs(['--webhook-retry-ms', '100']).webhooks, { retry: { firstRetryMs: 100 } });
    assert.throws(() => parseServeArgs(['--webhook-retry-ms', '0']), /--webhook-retry-ms must be a whole number from 10/);
  });

  test('a printer without a baud rate gets 19200', () => {
    assert.deepEqual(parseServeArgs(['--printer', '/dev/ttyS0']).printer, { path: '/dev/ttyS0', baud: 19200 });
  });

  test('mistakes stop the start with a message', () => {
    assert.throws(() => parseServeArgs(['--port', 'eighty']), /--port must be a whole number/);
    assert.throws(() => parseServeArgs(['--port', '70000']), /--port/);
    assert.throws(() => parseServeArgs(['--api-token', 'short']), /at least 8/);
    assert.throws(() => parseServeArgs(['--baud', '9600']), /only meaningful with --printer/);
    assert.throws(() => parseServeArgs(['--colour', 'blue']), /Unknown option/);
  });
});
