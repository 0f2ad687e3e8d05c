// The central service's command line: defaults a newcomer can start with, and a clear refusal of what is malformed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCentralArgs } from '../../main/central/cli/centralArgs.ts';

test('the central command line: defaults, a database URL, and refusals that name the flag', () => {
  assert.deepEqual(parseCentralArgs([]), { port: 4900, host: '0.0.0.0', dataDir: './central-data', testApplyDelayMs: 0 });
  assert.deepEqual(parseCentralArgs(['--port', '0', '--data', '/srv/lotsa', '--api-token', 'a-long-token', '--database-url', 'postgres://lotsa:s@db:5432/lotsa']), {
    port: 0,
    host: '0.0.0.0',
    dataDir: '/srv/lotsa',
    apiToken: 'a-long-token',
    databaseUrl: 'postgres://lotsa:s@db:5432/lotsa',
    testApplyDelayMs: 0,
  });
  assert.throws(() => parseCentralArgs(['--port', 'eighty']), /--port must be a whole number/);
  assert.throws(() => parseCentralArgs(['--api-token', 'short']), /--api-token must be at least 8/);
  assert.throws(() => parseCentralArgs(['--database-url', 'mysql://x']), /--database-url must be a PostgreSQL address/);
  assert.throws(() => parseCentralArgs(['--sites', '3']), /Unknown option/);
});
