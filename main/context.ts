// What every part of the hub that reads or changes the queue is given: the database, the one writer, the event log,
// the clock (injected so tests and demo history can set the time) and the printer.
import type { Db } from './db/openDatabase.ts';
import type { EventLog } from './events/eventLog.ts';
import type { HubWriter } from './events/hubWriter.ts';
import type { Settings } from './settings.ts';
import type { TicketPrinter } from './printer/ticketPrinter.ts';

export interface HubContext {
  db: Db;
  events: EventLog;
  writer: HubWriter;
  clock: () => number;
  settings: () => Settings;
  printer: TicketPrinter;
}
