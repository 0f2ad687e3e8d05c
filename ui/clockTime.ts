// Moments as staff and visitors read them, in the screen's language and the centre's own time zone, which the hub
// sends with its queue (GET /api/queue: timeZone and day) and again when a business day begins (`day.started`). Not
// the browser's zone: a tablet or a PC set to UTC or to another zone must still show the centre's clock, and its
// "today" is the hub's business day. Until the hub has answered, the device's own zone is the best guess.
import { businessDay, wallClockMs } from '../common/time/zone.ts';

let centreZone: string | undefined;

/** Called with what the hub said; screens that show times load the queue snapshot before they render. */
export function setCentreTimeZone(timeZone: string): void {
  centreZone = timeZone;
}

/** "10:30": the hour and minute of a moment. */
export function clockTime(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', timeZone: centreZone }).format(Date.parse(iso));
}

/** "12 Mar 2025, 10:30": a moment that may lie days back, such as when a screen was last seen. */
export function dayAndTime(lang: string, iso: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: centreZone }).format(Date.parse(iso));
}

/** "10:30:05", for logs of events seen on a screen. */
export function clockSeconds(lang: string, atMs: number): string {
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: centreZone }).format(atMs);
}

const zone = () => centreZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The centre's date of a moment (YYYY-MM-DD). */
export function centreDate(atMs: number): string {
  return businessDay(atMs, zone());
}

/** The instant a date and "HH:MM" typed on a screen mean on the centre's clock. */
export function centreInstant(day: string, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return new Date(wallClockMs(day, hour!, zone(), minute));
}
