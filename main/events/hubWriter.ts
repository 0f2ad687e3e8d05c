// One writer for every change: each runs in a single IMMEDIATE transaction together with the events it emits, so a
// change and its event are stored together or not at all, and subscribers never hear of a rolled-back change.
import type { Db } from '../db/openDatabase.ts';
import type { HubEvent, NewHubEvent } from '../../common/schemas/events.ts';
import type { EventLog } from './eventLog.ts';

export type Emit = (event: NewHubEvent) => HubEvent;

export class HubWriter {
  constructor(
    private readonly db: Db,
    private readonly log: EventLog,
    private readonly clock: () => number,
  ) {}

  write<T>(change: (emit: Emit, nowMs: number) => T): T {
    const emitted: HubEvent[] = [];
    const nowMs = this.clock();
    const result = this.db
      .transaction(() =>
        change((event) => {
          const stored = this.log.append(event, nowMs);
          emitted.push(stored);
          return stored;
        }, nowMs),
      )
      .immediate();
    this.log.publish(emitted);
    return result;
  }
}
