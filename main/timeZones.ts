// The centre's time zone over time (common/time/centreCalendar.ts): the `timeZone` setting is the first zone, and
// each later one is a row of time_zone_changes starting at a business day's start. An administrator's new zone is
// scheduled for the next business day, so today's numbering, queue and report keep the zone they began in; on a hub
// that has issued no ticket yet (being set up) it applies at once, as nothing has been counted in the old one.
import type { Db } from './db/openDatabase.ts';
import { centreCalendar, zoneChangeStart, type CentreCalendar, type ZoneChange } from '../common/time/centreCalendar.ts';
import { businessDay } from '../common/time/zone.ts';
import { readSettings, writeSetting } from './settings.ts';

export function readCalendar(db: Db): CentreCalendar {
  const changes = db.prepare<[], ZoneChange>('SELECT from_ms AS fromMs, time_zone AS timeZone FROM time_zone_changes').all();
  return centreCalendar(readSettings(db).timeZone, changes);
}

/** The change waiting for its business day to begin, if any: its zone, its first instant and that day. */
export function pendingZoneChange(db: Db, nowMs: number): { timeZone: string; fromMs: number; day: string } | null {
  const row = db.prepare<[number], ZoneChange>('SELECT from_ms AS fromMs, time_zone AS timeZone FROM time_zone_changes WHERE from_ms > ?').get(nowMs);
  return row ? { ...row, day: businessDay(row.fromMs, row.timeZone) } : null;
}

/** Inside a write: the centre's zone is to become `timeZone`. A pending change is replaced (or dropped, when the
 *  zone asked for is the one in force). */
export function requestZoneChange(db: Db, nowMs: number, timeZone: string): void {
  db.prepare('DELETE FROM time_zone_changes WHERE from_ms > ?').run(nowMs);
  if (db.prepare('SELECT 1 FROM tickets LIMIT 1').get() === undefined) {
    db.prepare('DELETE FROM time_zone_changes').run();
    writeSetting(db, 'timeZone', timeZone);
    return;
  }
  const calendar = readCalendar(db);
  if (calendar.zoneAt(nowMs) === timeZone) return;
  // The first zone is stored, not left to the default: that follows the machine's zone, which may change later.
  writeSetting(db, 'timeZone', readSettings(db).timeZone);
  const fromMs = zoneChangeStart(calendar, nowMs, timeZone);
  db.prepare('INSERT INTO time_zone_changes (from_ms, time_zone, requested_at) VALUES (?, ?, ?)').run(fromMs, timeZone, nowMs);
}
