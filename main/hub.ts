// The hub: one Node process that owns the database and every change to it, and serves the API, the event stream
// and the screens. `npm run serve` runs it headless; the Electron shell runs the very same thing in-process.
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { openDatabase } from './db/openDatabase.ts';
import { TicketPrinter } from './printer/ticketPrinter.ts';
import { recordPrinterState } from './printer/printerEvents.ts';
import { readSettings } from './settings.ts';
import { seedDemoIfEmpty } from './demoData.ts';
import { seedDemoHistory } from './demo/seedHistory.ts';
import { resolveApiToken } from './apiToken.ts';
import { createServer } from './api/server.ts';
import packageJson from '../package.json' with { type: 'json' };
import { createHubContext, type HubContext } from './context.ts';
import { voicePackFolder } from './voicePacks.ts';
import { startDailyJobs } from './dailyJobs.ts';
import { startBusinessDays, type BusinessDays } from './queue/businessDays.ts';
import { countUsers } from './auth/users.ts';
import { newReadableCode } from './auth/secrets.ts';
import { failInterruptedPrints, sweepBackupLeftovers } from './reconcileAtStart.ts';
import { startWebhooks, type WebhookOptions, type Webhooks } from './webhooks/webhookDispatcher.ts';
import { startCentralSync, type CentralOverride, type CentralSync, type CentralSyncOptions } from './centralSync/centralSync.ts';

export interface HubOptions {
  dataDir: string;
  port: number;
  host?: string;
  apiToken?: string;
  printer?: { path: string; baud: number };
  demo?: boolean;
  /** With demo: days of past visits and ratings to add to a new database. */
  demoDays?: number;
  /** The address visitors' phones reach the hub at (follow links), unless the publicBaseUrl setting names one. */
  publicUrl?: string;
  /** Caps per caller address; unset ones keep the defaults of main/api/serverLimits.ts. */
  limits?: { maxConnectionsPerAddress?: number; maxStreamsPerAddress?: number };
  /** Where the built screens are (dist/screens). */
  screensDir: string;
  /** Webhook delivery timing; unset parts keep 10 s doubling to 5 min, 24 h, a 5 s timeout. */
  webhooks?: WebhookOptions;
  /** The central service to push to (each part wins over its setting), and the push's first retry wait. */
  central?: CentralOverride & CentralSyncOptions;
  log?: (line: string) => void;
}

export interface Hub {
  url: string;
  port: number;
  apiToken: string;
  /** True when the token was made by this start (not given, not stored): print it for the user. */
  apiTokenGenerated: boolean;
  demoSeeded: boolean;
  /** While no account exists: the one-time code that creates the first administrator on /admin. Print it. */
  setupCode: string | null;
  close(): Promise<void>;
}


export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = resolve(options.dataDir);
  const db = openDatabase(dataDir);
  let printer: TicketPrinter | undefined;
  let businessDays: BusinessDays | undefined;
  let webhooks: Webhooks | undefined;
  let centralSync: CentralSync | undefined;
  try {
    let ctx: HubContext | undefined;
    // The printer reports its state from the first moment; the context it records into exists a line later.
    printer = new TicketPrinter(options.printer, readSettings(db), (state) => ctx && recordPrinterState(ctx, state));
    ctx = createHubContext(db, printer);
    ctx.voicePacks = voicePackFolder(dataDir);
    const { firstRetryMs, ...central } = options.central ?? {};
    ctx.central = central;
    log(`Ticket printer: ${describePrinter(printer)}`);
    const interrupted = failInterruptedPrints(ctx);
    if (interrupted > 0) log(`${interrupted} ticket print(s) were still out when the hub stopped: marked failed (interrupted)`);
    for (const file of sweepBackupLeftovers(dataDir, ctx.settings().backupFolder)) log(`removed an unfinished backup copy: ${file}`);
    const demoSeeded = options.demo ? seedDemoIfEmpty(ctx) : false;
    if (demoSeeded && options.demoDays) seedDemoHistory(ctx, options.demoDays);
    // Before the first screen connects: yesterday's leftovers are closed and today is begun.
    businessDays = startBusinessDays(ctx, log);
    const { token, generated } = resolveApiToken(dataDir, options.apiToken);
    // A new code each start, never stored: only someone who sees this hub's own output can claim it.
    const setupCode = newReadableCode();
    const app = await createServer(ctx, { apiToken: token, setupCode, screensDir: options.screensDir, version: packageJson.version, log, ...(options.limits ? { limits: options.limits } : {}) });
    const host = options.host ?? '0.0.0.0';
    await app.listen({ port: options.port, host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const dailyJobs = startDailyJobs(ctx, log);
    webhooks = startWebhooks(ctx, options.webhooks ?? {}, log);
    centralSync = startCentralSync(ctx, firstRetryMs === undefined ? {} : { firstRetryMs }, log);
    const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
    ctx.address.publicUrl = options.publicUrl ?? null;
    ctx.address.listening = `http://${reachableHost(host)}:${port}`;
    return {
      url: `http://${shownHost}:${port}`,
      port,
      apiToken: token,
      apiTokenGenerated: generated,
      demoSeeded,
      setupCode: countUsers(ctx) === 0 ? setupCode : null,
      close: async () => {
        businessDays?.stop();
        await dailyJobs.stop();
        await webhooks?.stop();
        await centralSync?.stop();
        await app.close();
        await printer?.close();
        db.close();
      },
    };
  } catch (error) {
    businessDays?.stop();
    await webhooks?.stop();
    await centralSync?.stop();
    await printer?.close();
    db.close();
    throw error;
  }
}

/** The host a phone on the network can reach: the one given, or for every interface the first outside address. */
function reachableHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host;
  const outside = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === 'IPv4' && !entry.internal);
  return outside?.address ?? '127.0.0.1';
}

function describePrinter(printer: TicketPrinter): string {
  const { connection, profileName } = printer.current();
  return connection.kind === 'virtual'
    ? 'virtual (no --printer: tickets are kept for the admin’s printer page)'
    : `${connection.path} at ${connection.baud} baud, profile ${profileName}`;
}
