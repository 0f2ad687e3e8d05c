// The centre's days as staff pick them on a screen: "today" and a booked "13:00" are the centre's, in the zone the hub
// sends (GET /api/languages, held by the i18n layer as fmt.timeZone), not the browser's: a tablet or a PC set to UTC or
// to another zone must still book and list the centre's day. Times are shown through fmt (common/i18n/format.ts).
import { businessDay, wallClockMs } from '../common/time/zone.ts';

/** The centre's date of a moment (YYYY-MM-DD). */
export function centreDate(atMs: number, timeZone: string): string {
  return businessDay(atMs, timeZone);
}

/** The instant a date and "HH:MM" typed on a screen mean on the centre's clock. */
export function centreInstant(day: string, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return new Date(wallClockMs(day, hour!, timeZone, minute));
}
