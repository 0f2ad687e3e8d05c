// The central service's command line: `npm run central -- --port P --data DIR --api-token T [--database-url URL]`.
// Strict like the hub's (main/cli/serveArgs.ts): an unknown or malformed flag stops the start with a message.
import { parseArgs } from 'node:util';
import { integer } from '../../cli/serveArgs.ts';

export interface CentralArgs {
  port: number;
  host: string;
  /** The service's folder: its API token, and the embedded PostgreSQL's data unless a database URL is given. */
  dataDir: string;
  apiToken?: string;
  /** The municipality's own PostgreSQL instead of the embedded one. */
  databaseUrl?: string;
  /** Test only: a push waits this long between writing its rows and COMMIT, so a test can kill the service there. */
  testApplyDelayMs: number;
}

export const CENTRAL_USAGE =
  'usage: npm run central -- [--port 4900] [--host 0.0.0.0] [--data ./central-data] [--api-token TOKEN] [--database-url postgres://user:password@host:5432/lotsa]';

export function parseCentralArgs(argv: readonly string[]): CentralArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '4900' },
      host: { type: 'string', default: '0.0.0.0' },
      data: { type: 'string', default: './central-data' },
      'api-token': { type: 'string' },
      'database-url': { type: 'string' },
      'test-apply-delay-ms': { type: 'string' },
    },
  });
  const apiToken = values['api-token'];
  if (apiToken !== undefined && apiToken.length < 8) throw new Error('--api-token must be at least 8 characters');
  const databaseUrl = values['database-url'];
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/\S+$/.test(databaseUrl)) {
    throw new Error(`--database-url must be a PostgreSQL address such as postgres://lotsa:secret@db.kommun.se:5432/lotsa, got "${databaseUrl}"`);
  }
  return {
    port: integer('port', values.port, 0, 65535),
    host: values.host,
    dataDir: values.data,
    ...(apiToken !== undefined ? { apiToken } : {}),
    ...(databaseUrl !== undefined ? { databaseUrl } : {}),
    testApplyDelayMs: values['test-apply-delay-ms'] === undefined ? 0 : integer('test-apply-delay-ms', values['test-apply-delay-ms'], 0, 600_000),
  };
}
