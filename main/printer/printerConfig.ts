// Which printer the hub drives, decided from the command line and the settings: --printer and --baud win (an
// installation's start script is the final word), otherwise the settings' path and baud, otherwise the virtual
// printer. The profile always comes from the settings.
import type { PrinterProfileName } from '../../common/schemas/printer.ts';
import { PRINTER_PROFILES, type PrinterProfile } from '../../hardware/printer/profiles.ts';

export interface PrinterSettings {
  printerProfile: PrinterProfileName;
  printerPath: string | null;
  printerBaud: number;
}

export type PrinterConnection = { kind: 'virtual' } | { kind: 'serial'; path: string; baud: number; from: 'command-line' | 'settings' };

export interface PrinterConfig {
  profileName: PrinterProfileName;
  connection: PrinterConnection;
}

/** Every profile name the API accepts has a profile in hardware/ (a missing one fails the type check here). */
export const PROFILES: Record<PrinterProfileName, PrinterProfile> = PRINTER_PROFILES;

export function printerConfig(commandLine: { path: string; baud: number } | undefined, settings: PrinterSettings): PrinterConfig {
  const connection: PrinterConnection = commandLine
    ? { kind: 'serial', ...commandLine, from: 'command-line' }
    : settings.printerPath
      ? { kind: 'serial', path: settings.printerPath, baud: settings.printerBaud, from: 'settings' }
      : { kind: 'virtual' };
  return { profileName: settings.printerProfile, connection };
}

export const sameConfig = (a: PrinterConfig, b: PrinterConfig): boolean => JSON.stringify(a) === JSON.stringify(b);
