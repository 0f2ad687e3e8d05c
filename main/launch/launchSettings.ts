// The knobs both launchers share (`npm start` headless and the Electron shell): command-line flags win over
// LOTSA_* environment variables, so a technician can override a site's setting for one run.
import { parseArgs } from 'node:util';
import { DEMO_DAYS_MAX } from '../cli/serveArgs.ts';

export interface LaunchSettings {
  port?: number;
  host?: string;
  dataDir?: string;
  configPath?: string;
  demo: boolean;
  /** Days of demo history for a new database (--demo-days N or LOTSA_DEMO_DAYS). */
  demoDays?: number;
  dev: boolean;
}

export function readLaunchSettings(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): LaunchSettings {
  // Not strict: Electron and Chromium put their own switches on the same command line.
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      config: { type: 'string' },
      demo: { type: 'boolean' },
      'demo-days': { type: 'string' },
      dev: { type: 'boolean' },
    },
  });
  const text = (flag: unknown, variable: string | undefined) => (typeof flag === 'string' ? flag : variable) || undefined;
  const port = text(values.port, env.LOTSA_PORT);
  return {
    port: port === undefined ? undefined : parsePort(port),
    host: text(values.host, env.LOTSA_HOST),
    dataDir: text(values.data, env.LOTSA_DATA),
    configPath: text(values.config, env.LOTSA_CONFIG),
    demo: values.demo === true || env.LOTSA_DEMO === '1',
    dev: values.dev === true || env.LOTSA_DEV === '1',
    ...demoDaysOf(text(values['demo-days'], env.LOTSA_DEMO_DAYS)),
  };
}

function demoDaysOf(text: string | undefined): { demoDays?: number } {
  if (text === undefined) return {};
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > DEMO_DAYS_MAX) throw new Error(`demo days must be a whole number from 1 to ${DEMO_DAYS_MAX}, not "${text}"`);
  return { demoDays: Number(text) };
}

function parsePort(text: string): number {
  const port = Number(text);
  // 0 is allowed: it asks the system for a free port, which tests use.
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`port must be a whole number from 0 to 65535, not "${text}"`);
  return port;
}
