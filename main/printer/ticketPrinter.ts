// The hub's ticket printer: lays a document out as ESC/POS bytes for the configured profile, sends them to the serial
// printer (or, without one, to nowhere: the virtual printer), and keeps the latest printouts as bytes for the admin's
// preview. Its settings can change while the hub runs; the old line is closed and the new one opened.
import type { PrinterState } from '../../common/schemas/health.ts';
import type { PrintInfo } from '../../common/schemas/tickets.ts';
import type { PrintDocument } from '../../hardware/printer/printDocument.ts';
import { encodeDocument } from '../../hardware/escpos/encodeDocument.ts';
import { EscposPrinter, type PrinterTiming } from '../../hardware/printer/escposPrinter.ts';
import type { PrinterProfile } from '../../hardware/printer/profiles.ts';
import { loadTextRenderer } from '../../hardware/raster/textRenderer.ts';
import { PROFILES, printerConfig, sameConfig, type PrinterConfig, type PrinterSettings } from './printerConfig.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';

/** A ticket not printed within this long after the tap is dropped: by then the visitor has left the kiosk with the
 *  number on screen, and a ticket coming out later would be taken by someone else. */
export const PRINT_JOB_EXPIRY_MS = 15_000;
/** How many printouts the admin's preview keeps. */
const KEEP_PRINTOUTS = 20;

export interface RecentPrintout {
  label: string;
  at: Date;
  bytes: Uint8Array;
  print: PrintInfo;
}

export class TicketPrinter {
  private config: PrinterConfig;
  private driver: EscposPrinter | undefined;
  private readonly printouts: RecentPrintout[] = [];

  constructor(
    private readonly commandLine: { path: string; baud: number } | undefined,
    settings: PrinterSettings,
    private readonly onState: (state: PrinterState) => void,
    private readonly timing?: Partial<PrinterTiming>,
  ) {
    this.config = printerConfig(commandLine, settings);
    this.driver = this.startDriver();
    // HarfBuzz and the fonts take a second or two to load on a small PC: loaded now, not on the first Arabic ticket.
    loadTextRenderer().catch((error: Error) => console.error(`fonts for lines printed as images not loaded: ${error.message}`));
  }

  state(): PrinterState {
    return this.driver ? this.driver.condition() : 'virtual';
  }

  current(): PrinterConfig & { profile: PrinterProfile } {
    return { ...this.config, profile: PROFILES[this.config.profileName] };
  }

  /** Resolves with the ticket's final print status: virtual at once, or printed or failed once the printer says. */
  async print(label: string, document: PrintDocument): Promise<PrintInfo> {
    const bytes = encodeDocument(document, PROFILES[this.config.profileName], await loadTextRenderer());
    const printout: RecentPrintout = { label, at: new Date(), bytes, print: { status: this.driver ? 'queued' : 'virtual' } };
    this.printouts.unshift(printout);
    this.printouts.length = Math.min(this.printouts.length, KEEP_PRINTOUTS);
    if (!this.driver) return printout.print;
    const outcome = await this.driver.print(bytes, printout.at.getTime() + PRINT_JOB_EXPIRY_MS);
    printout.print = outcome.ok ? { status: 'printed' } : { status: 'failed', reason: outcome.reason };
    return printout.print;
  }

  /** Newest first. */
  recent(): readonly RecentPrintout[] {
    return this.printouts;
  }

  async applySettings(settings: PrinterSettings): Promise<void> {
    const next = printerConfig(this.commandLine, settings);
    if (sameConfig(next, this.config)) return;
    const connectionChanged = JSON.stringify(next.connection) !== JSON.stringify(this.config.connection) || PROFILES[next.profileName].flowControl !== PROFILES[this.config.profileName].flowControl;
    this.config = next;
    if (!connectionChanged) return;
    const old = this.driver;
    this.driver = undefined;
    await old?.close();
    this.driver = this.startDriver();
    this.onState(this.state());
  }

  async close(): Promise<void> {
    await this.driver?.close();
  }

  private startDriver(): EscposPrinter | undefined {
    const { connection, profileName } = this.config;
    if (connection.kind === 'virtual') return undefined;
    const driver: EscposPrinter = new EscposPrinter({
      line: { path: connection.path, baud: connection.baud, flowControl: PROFILES[profileName].flowControl },
      // A driver replaced by a settings change may still report on its way out; only the current one speaks.
      onCondition: (condition) => {
        if (this.driver === driver) this.onState(condition);
      },
      ...(this.timing ? { timing: this.timing } : {}),
    });
    return driver;
  }
}

/** The virtual printer alone, for in-process tests and tools that need no state events. */
export function virtualTicketPrinter(): TicketPrinter {
  return new TicketPrinter(undefined, DEFAULT_SETTINGS, () => {});
}
