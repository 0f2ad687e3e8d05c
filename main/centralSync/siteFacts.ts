// What the central service needs to read this site's days and figures as the site does (CentralSiteFacts).
import type { Db } from '../db/openDatabase.ts';
import type { CentralSiteFacts } from '../../common/schemas/central.ts';
import { readSettings } from '../settings.ts';

export function siteFacts(db: Db): CentralSiteFacts {
  // The stored first zone, not the zone in force now: with the changes it is the whole calendar.
  const { centreName, waitTargetMinutes, timeZone } = readSettings(db);
  return {
    name: centreName,
    waitTargetMinutes,
    calendar: {
      firstZone: timeZone,
      changes: db.prepare<[], { fromMs: number; timeZone: string }>('SELECT from_ms AS fromMs, time_zone AS timeZone FROM time_zone_changes ORDER BY from_ms').all(),
    },
    services: db.prepare<[], { id: number; name: string }>('SELECT id, name FROM services ORDER BY id').all(),
    desks: db.prepare<[], { id: number; name: string }>('SELECT id, name FROM desks ORDER BY id').all(),
  };
}
