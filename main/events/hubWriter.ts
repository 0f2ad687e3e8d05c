// One writer for every change: each runs in a single IMMEDIATE transaction together with the events it emits, so a
// change and its event are stored together or not at all, and subscribers never hear of a rolled-back change.
// Writes made inside together() join its one transaction, and their events are published once it commits.
import type { Db } from '../db/openDatabase.ts';
import type { HubEvent, NewHubEvent } from '../../common/schemas/events.ts';
import type { EventLog } from './eventLog.ts';
import { currentWriteScope } from './writeScope.ts';

export type Emit = (event: NewHubEvent) => HubEvent;

export class HubWriter {
  /** Events of writes inside together(), held until its transaction commits. */
  private held: HubEvent[] | null = null;

  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: () => number,
  ) {}

  write<T>(change: (emit: Emit, nowMs: number) => T): T {
    const emitted: HubEvent[] = [];
    const nowMs = this.clock();
    const scope = currentWriteScope();
    const result = this.db
      .transaction(() => {
        scope?.beside?.(nowMs);
        return change((event) => {
          const stored = this.log.append(event, nowMs);
          emitted.push(stored);
          return stored;
        }, nowMs);
      })
      .immediate();
    if (this.held) {
      this.held.push(...emitted);
      return result;
    }
    if (scope) scope.committed = true;
    this.log.publish(emitted);
    return result;
  }

  /** Runs work in one IMMEDIATE transaction that every write inside it joins: all of it is stored, or none. Work
   *  that returns a promise has its synchronous part inside (a ticket is stored before its print is awaited). */
  together<T>(work: () => T): T {
    if (this.held) throw new Error('together() does not nest');
    this.held = [];
    let events: HubEvent[] = [];
    try {
      // Boxed, as better-sqlite3 refuses a transaction function that returns a promise.
      const result = this.db.transaction(() => ({ value: work() })).immediate().value;
      events = this.held;
      if (events.length > 0) {
        const scope = currentWriteScope();
        if (scope) scope.committed = true;
      }
      return result;
    } finally {
      this.held = null;
      this.log.publish(events);
    }
  }
}
