// What every part of the hub that reads or changes the queue is given: the database, the one writer, the event log,
// the clock (injected so tests and demo history can set the time), the centre's calendar and the printer.
import type { Db } from './db/openDatabase.ts';
import { EventLog } from './events/eventLog.ts';
import { HubWriter } from './events/hubWriter.ts';
import { readSettings, type Settings } from './settings.ts';
import type { TicketPrinter } from './printer/ticketPrinter.ts';
import type { CentreCalendar } from '../common/time/centreCalendar.ts';
import { readCalendar } from './timeZones.ts';
import type { CentralOverride } from './centralSync/centralSync.ts';

export interface HubContext {
  db: Db;
  events: EventLog;
  writer: HubWriter;
  clock: () => number;
  /** The settings now; timeZone is the zone in force at this moment (a new one waits for the next business day). */
  settings: () => Settings;
  /** The centre's business days, every time-zone change included. */
  calendar: () => CentreCalendar;
  printer: TicketPrinter;
  /** Where visitors' phones reach the hub when no publicBaseUrl is set: --public-url, else the address it listens
   *  on (set once it listens). Never the Host a request names, which anyone can write. */
  address: { publicUrl: string | null; listening: string };
  /** The centre's voice packs (<data>/voice/, main/voicePacks.ts), or null for a hub without a data folder. */
  voicePacks: string | null;
  /** --central and --site-token, which win over the centre's settings (main/centralSync/centralSync.ts). */
  central: CentralOverride;
}

export function createHubContext(db: Db, printer: TicketPrinter, clock: () => number = Date.now): HubContext {
  const events = new EventLog(db);
  const calendar = () => readCalendar(db);
  const settings = () => ({ ...readSettings(db), timeZone: calendar().zoneAt(clock()) });
  return {
    db,
    events,
    writer: new HubWriter(db, events, clock),
    clock,
    settings,
    calendar,
    printer,
    address: { publicUrl: null, listening: 'http://127.0.0.1' },
    voicePacks: null,
    central: {},
  };
}
