// The event log is both the audit trail and the feed of every screen: rows are appended inside the transaction that
// made the change, and handed to live subscribers only after that transaction has committed.
import type { Db } from '../db/openDatabase.ts';
import type { HubEvent, NewHubEvent } from '../../common/schemas/events.ts';

type Listener = (event: HubEvent) => void;

interface EventRow {
  seq: number;
  type: string;
  at: number;
  body: string;
}

function toEvent(row: EventRow): HubEvent {
  return { ...JSON.parse(row.body), seq: row.seq, type: row.type, at: new Date(row.at).toISOString() } as HubEvent;
}

export class EventLog {
  private readonly listeners = new Set<Listener>();
  private readonly insert;
  private readonly selectAfter;
  private readonly selectLast;

  /** @param reportListenerError where a listener's failure is told: it never fails the write that was published. */
  constructor(
    db: Db,
    private readonly reportListenerError: (error: unknown) => void = (error) => console.error('an event listener failed:', error),
  ) {
    this.insert = db.prepare<[string, number, string], EventRow>('INSERT INTO events (type, at, body) VALUES (?, ?, ?) RETURNING seq, type, at, body');
    this.selectAfter = db.prepare<[number, number], EventRow>('SELECT seq, type, at, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
    this.selectLast = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events');
  }

  /** Must run inside the writer's transaction; the event is not published until it commits. */
  append(event: NewHubEvent, atMs: number): HubEvent {
    const { type, ...body } = event;
    return toEvent(this.insert.get(type, atMs, JSON.stringify(body))!);
  }

  since(seq: number, limit = 10_000): HubEvent[] {
    return this.selectAfter.all(seq, limit).map(toEvent);
  }

  lastSeq(): number {
    return this.selectLast.get()?.seq ?? 0;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(events: readonly HubEvent[]): void {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch (error) {
          this.reportListenerError(error);
        }
      }
    }
  }
}
