// Centre-wide settings kept in the database, with defaults that suit a Swedish medborgarservice out of the box.
import { z } from 'zod';
import type { Db } from './db/openDatabase.ts';
import { PrinterSettingsBody, type PrinterProfileName } from '../common/schemas/printer.ts';
import { CentreSettingsBody } from '../common/schemas/settings.ts';
import { SurveyConfig } from '../common/schemas/survey.ts';
import { DEFAULT_LANGUAGE, DEFAULT_VISITOR_LANGUAGES, type CatalogueCode, type LanguageCode } from '../common/i18n/languages.ts';
import type { Names } from '../common/i18n/localName.ts';

export interface Settings {
  centreName: string;
  /** The centre's name in other visitor languages; a language left out shows centreName. */
  centreNames: Names;
  /** The language centreName and every default name of a service, desk, outcome or own question is written in. */
  nameLanguage: LanguageCode;
  /** Wait target in minutes: Kensington's "no customer waits more than 15 minutes". */
  waitTargetMinutes: number;
  /** The share of visitors to call within the wait target: the staffing forecast's desks needed meet it. */
  targetShare: number;
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
  /** The address visitors' phones reach the hub at (the guest network); null: --public-url, else the address the hub listens on. */
  publicBaseUrl: string | null;
  /** An absolute folder the hub copies the database to every night; null: no nightly backup. */
  backupFolder: string | null;
  /** How many nightly backups the folder keeps. */
  backupKeep: number;
  /** A booked visitor's name is erased this many days after the booked time (GDPR: kept no longer than needed). */
  nameRetentionDays: number;
  /** Events are kept this many days for screens to catch up from (main/events/eventRetention.ts); reports do not read them. */
  eventRetentionDays: number;
  /** The languages the visitor screens offer, in the order their buttons show; the first is where each visitor starts. */
  visitorLanguages: CatalogueCode[];
  /** The ticket printer's profile (main/printer/printerConfig.ts); its path and baud give way to --printer/--baud. */
  printerProfile: PrinterProfileName;
  /** The printer's serial device, best a stable /dev/serial/by-id/… name; null: the virtual printer. */
  printerPath: string | null;
  printerBaud: number;
  /** The central service this site pushes its visits and survey responses to (issue 17); null: none. --central wins. */
  centralUrl: string | null;
  /** The site token the central service gave this site; never shown once saved. --site-token wins. */
  centralSiteToken: string | null;
  /** Whether visitors' survey comments leave the site with their ratings. */
  centralShareComments: boolean;
  /** Whether the survey's questions are taken over from the central service at every sync. */
  centralSurveyQuestions: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  centreName: 'Lotsa',
  centreNames: {},
  nameLanguage: DEFAULT_LANGUAGE,
  waitTargetMinutes: 15,
  // The call-centre convention (80 % within the target); Kensington's "nobody" is a share of 1.
  targetShare: 0.8,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  surveyIdleSeconds: 60,
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
  // Two weeks covers a screen switched off over a holiday; one that was off longer reloads its state instead.
  eventRetentionDays: 14,
  visitorLanguages: [...DEFAULT_VISITOR_LANGUAGES],
  printerProfile: 'epson-80',
  printerPath: null,
  // Epson's factory setting on TM-T20 and TM-T88 serial interfaces.
  printerBaud: 19200,
  centralUrl: null,
  centralSiteToken: null,
  // Comments are the visitors' own words: they stay at the site unless the centre decides otherwise.
  centralShareComments: false,
  centralSurveyQuestions: false,
};

const centreField = CentreSettingsBody.shape;
const printerField = PrinterSettingsBody.shape;
/** Each stored setting is held to the rule it was saved under: a value from a hand-edited file, a restored backup of
 *  another version or a broken row gives way to the default instead of reaching the queue. */
const STORED_VALUE: { readonly [K in keyof Settings]: z.ZodType } = {
  centreName: centreField.centreName.unwrap(),
  centreNames: centreField.centreNames.unwrap(),
  nameLanguage: centreField.nameLanguage.unwrap(),
  // The form takes whole minutes; the queue works with any positive target (tests and imports use fractions).
  waitTargetMinutes: z.number().positive().max(480),
  targetShare: centreField.targetShare.unwrap(),
  timeZone: centreField.timeZone.unwrap(),
  surveyIdleSeconds: SurveyConfig.shape.idleResetSeconds,
  noShowAfterRecalls: centreField.noShowAfterRecalls.unwrap(),
  transferPlacement: centreField.transferPlacement.unwrap(),
  checkInEarlyMinutes: centreField.checkInEarlyMinutes.unwrap(),
  checkInLateMinutes: centreField.checkInLateMinutes.unwrap(),
  publicBaseUrl: centreField.publicBaseUrl.unwrap(),
  backupFolder: centreField.backupFolder.unwrap(),
  backupKeep: centreField.backupKeep.unwrap(),
  nameRetentionDays: centreField.nameRetentionDays.unwrap(),
  eventRetentionDays: centreField.eventRetentionDays.unwrap(),
  visitorLanguages: centreField.visitorLanguages.unwrap(),
  printerProfile: printerField.profile.unwrap(),
  printerPath: printerField.path.unwrap(),
  printerBaud: printerField.baud.unwrap(),
  centralUrl: centreField.centralUrl.unwrap(),
  centralSiteToken: centreField.centralSiteToken.unwrap(),
  centralShareComments: centreField.centralShareComments.unwrap(),
  centralSurveyQuestions: centreField.centralSurveyQuestions.unwrap(),
};

const isSetting = (key: string): key is keyof Settings => Object.hasOwn(STORED_VALUE, key);
/** Told once per stored value, not on every read. */
const reported = new Set<string>();

function storedValue(key: keyof Settings, text: string): { ok: true; value: unknown } | { ok: false } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const parsed = STORED_VALUE[key].safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

export function readSettings(db: Db, warn: (line: string) => void = (line) => console.warn(line)): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    // A key this version does not know (one an older version left behind) is not read at all.
    if (!isSetting(key)) continue;
    const stored = storedValue(key, value);
    if (stored.ok) settings[key] = stored.value;
    else if (!reported.has(`${key}=${value}`)) {
      reported.add(`${key}=${value}`);
      warn(`setting ${key}: the stored value ${value.slice(0, 80)} is not valid; using ${JSON.stringify(DEFAULT_SETTINGS[key])} until an administrator saves it again`);
    }
  }
  return settings as unknown as Settings;
}

export function writeSetting<K extends keyof Settings>(db: Db, key: K, value: Settings[K]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
