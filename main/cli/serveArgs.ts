// The hub's command line: `npm run serve -- --port P --data DIR --api-token T [--printer PATH --baud N] [--demo] [--demo-days N]`.
// Parsed strictly: an unknown or malformed flag stops the start with a message rather than being ignored.
import { parseArgs } from 'node:util';
import { CentralUrl, PublicBaseUrl } from '../../common/schemas/settings.ts';

export interface ServeArgs {
  port: number;
  host: string;
  dataDir: string;
  apiToken?: string;
  printer?: { path: string; baud: number };
  /** The address visitors' phones reach the hub at, for follow links (the publicBaseUrl setting overrides it). */
  publicUrl?: string;
  /** Caps per caller address (main/api/serverLimits.ts). */
  limits?: { maxConnectionsPerAddress?: number; maxStreamsPerAddress?: number };
  demo: boolean;
  /** Days of plausible past visits and ratings to fill a new database with (implies demo). */
  demoDays?: number;
  /** Webhook delivery timing (main/webhooks/webhookDispatcher.ts): tests shorten the first retry's wait. */
  webhooks?: { retry: { firstRetryMs: number } };
  /** The central service (main/centralSync/): --central and --site-token win over the centre's settings; tests
   *  shorten the push's first retry wait with --central-retry-ms. */
  central?: { url?: string; siteToken?: string; firstRetryMs?: number };
}

export const SERVE_USAGE = 'usage: npm run serve -- [--port 4800] [--host 0.0.0.0] [--data ./data] [--api-token TOKEN] [--printer PATH [--baud 19200]] [--public-url http://HOST:PORT] [--max-connections-per-address N] [--max-streams-per-address N] [--demo] [--demo-days N] [--webhook-retry-ms N] [--central URL] [--site-token TOKEN] [--central-retry-ms N]';

/** Ten years of history is more than any demo or benchmark needs. */
export const DEMO_DAYS_MAX = 3660;

/** A whole-number flag within its bounds, or a message naming the flag. */
export function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${text}"`);
  return value;
}

function limitArgs(connections: string | undefined, streams: string | undefined): Pick<ServeArgs, 'limits'> {
  if (connections === undefined && streams === undefined) return {};
  return {
    limits: {
      ...(connections !== undefined ? { maxConnectionsPerAddress: integer('max-connections-per-address', connections, 1, 100_000) } : {}),
      ...(streams !== undefined ? { maxStreamsPerAddress: integer('max-streams-per-address', streams, 1, 100_000) } : {}),
    },
  };
}

function centralArgs(url: string | undefined, siteToken: string | undefined, retryMs: string | undefined): ServeArgs['central'] {
  if (url === undefined && siteToken === undefined && retryMs === undefined) return undefined;
  if (url !== undefined && !CentralUrl.safeParse(url).success) throw new Error(`--central must be an http or https address such as https://lotsa.kommun.se, got "${url}"`);
  if (siteToken !== undefined && siteToken.length < 8) throw new Error('--site-token must be at least 8 characters');
  return {
    ...(url !== undefined ? { url } : {}),
    ...(siteToken !== undefined ? { siteToken } : {}),
    ...(retryMs !== undefined ? { firstRetryMs: integer('central-retry-ms', retryMs, 10, 30_000) } : {}),
  };
}

export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: '4800' },
      host: { type: 'string', default: '0.0.0.0' },
      data: { type: 'string', default: './data' },
      'api-token': { type: 'string' },
      printer: { type: 'string' },
      baud: { type: 'string' },
      'public-url': { type: 'string' },
      'max-connections-per-address': { type: 'string' },
      'max-streams-per-address': { type: 'string' },
      demo: { type: 'boolean', default: false },
      'demo-days': { type: 'string' },
      'webhook-retry-ms': { type: 'string' },
      central: { type: 'string' },
      'site-token': { type: 'string' },
      'central-retry-ms': { type: 'string' },
    },
  });
  const apiToken = values['api-token'];
  if (apiToken !== undefined && apiToken.length < 8) throw new Error('--api-token must be at least 8 characters');
  if (values.baud !== undefined && values.printer === undefined) throw new Error('--baud is only meaningful with --printer');
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined && !PublicBaseUrl.safeParse(publicUrl).success) throw new Error(`--public-url must be an http or https address such as http://192.168.1.20:4800, got "${publicUrl}"`);
  const central = centralArgs(values.central, values['site-token'], values['central-retry-ms']);
  return {
    port: integer('port', values.port, 0, 65535),
    host: values.host,
    dataDir: values.data,
    ...(apiToken !== undefined ? { apiToken } : {}),
    ...(values.printer !== undefined ? { printer: { path: values.printer, baud: integer('baud', values.baud ?? '19200', 1200, 921600) } } : {}),
    ...(publicUrl !== undefined ? { publicUrl } : {}),
    ...limitArgs(values['max-connections-per-address'], values['max-streams-per-address']),
    demo: values.demo || values['demo-days'] !== undefined,
    ...(values['demo-days'] !== undefined ? { demoDays: integer('demo-days', values['demo-days'], 1, DEMO_DAYS_MAX) } : {}),
    ...(values['webhook-retry-ms'] !== undefined ? { webhooks: { retry: { firstRetryMs: integer('webhook-retry-ms', values['webhook-retry-ms'], 10, 300_000) } } } : {}),
    ...(central ? { central } : {}),
  };
}
