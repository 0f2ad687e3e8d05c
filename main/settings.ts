// Centre-wide settings kept in the database, with defaults that suit a Swedish medborgarservice out of the box.
import type { Db } from './db/openDatabase.ts';

export interface Settings {
  centreName: string;
  /** Wait target in minutes: Kensington's "no customer waits more than 15 minutes". */
  waitTargetMinutes: number;
  /** The centre's time zone: business days, numbering restarts and report days follow it. */
  timeZone: string;
  /** A survey left untouched this long starts over, so the next visitor never sees someone else's answers. */
  surveyIdleSeconds: number;
}

const defaults: Settings = {
  centreName: 'Lotsa',
  waitTargetMinutes: 15,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  surveyIdleSeconds: 30,
};

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  return { ...defaults, ...stored };
}

export function writeSetting<K extends keyof Settings>(db: Db, key: K, value: Settings[K]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}
