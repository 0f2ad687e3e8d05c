// Centre-wide settings kept in the database, with defaults that suit a Swedish medborgarservice out of the box.
import type { Db } from './db/openDatabase.ts';
import type { PrinterProfileName } from '../common/schemas/printer.ts';
import { DEFAULT_VISITOR_LANGUAGES, type CatalogueCode } from '../common/i18n/languages.ts';

export interface Settings {
  centreName: string;
  /** Wait target in minutes: Kensington's "no customer waits more than 15 minutes". */
  waitTargetMinutes: number;
  /** The centre's time zone: business days, numbering restarts and report days follow it. */
  timeZone: string;
  /** A survey left untouched this long starts over, so the next visitor never sees someone else's answers. */
  surveyIdleSeconds: number;
  /** How many times a called visitor must be called again before the desk may mark a no-show. */
  noShowAfterRecalls: number;
  /** A transferred visitor keeps their place by original arrival time, or goes first in the new queue. */
  transferPlacement: 'keep-arrival' | 'first';
  /** Check-in for a booked visit opens this many minutes before the booked time… */
  checkInEarlyMinutes: number;
  /** …and closes this many minutes after it; later, the reception decides. */
  checkInLateMinutes: number;
  /** The address visitors' phones reach the hub at (the guest network); null: the address the request came to. */
  publicBaseUrl: string | null;
  /** An absolute folder the hub copies the database to every night; null: no nightly backup. */
  backupFolder: string | null;
  /** How many nightly backups the folder keeps. */
  backupKeep: number;
  /** A booked visitor's name is erased this many days after the booked time (GDPR: kept no longer than needed). */
  nameRetentionDays: number;
  /** The languages the visitor screens offer, in the order their buttons show; the first is where each visitor starts. */
  visitorLanguages: CatalogueCode[];
  /** The ticket printer's profile (main/printer/printerConfig.ts); its path and baud give way to --printer/--baud. */
  printerProfile: PrinterProfileName;
  /** The printer's serial device, best a stable /dev/serial/by-id/… name; null: the virtual printer. */
  printerPath: string | null;
  printerBaud: number;
}

export const DEFAULT_SETTINGS: Settings = {
  centreName: 'Lotsa',
  waitTargetMinutes: 15,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  surveyIdleSeconds: 30,
  // 0 keeps the first release's contract (no-show straight after a call); a centre sets 1 or 2 to insist on recalls.
  noShowAfterRecalls: 0,
  transferPlacement: 'keep-arrival',
  checkInEarlyMinutes: 30,
  checkInLateMinutes: 15,
  publicBaseUrl: null,
  // Off until an administrator names a folder: only they know which disk is not the one the database is on.
  backupFolder: null,
  backupKeep: 14,
  nameRetentionDays: 30,
  visitorLanguages: [...DEFAULT_VISITOR_LANGUAGES],
  printerProfile: 'epson-80',
  printerPath: null,
  // Epson's factory setting on TM-T20 and TM-T88 serial interfaces.
  printerBaud: 19200,
};

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  return { ...DEFAULT_SETTINGS, ...stored };
}

export function writeSetting<K extends keyof Settings>(db: Db, key: K, value: Settings[K]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
