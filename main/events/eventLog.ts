// The event log is the feed of every screen: rows are appended inside the transaction that made the change, and
// handed to live subscribers only after that transaction has committed. It is kept for the retention period
// (main/events/eventRetention.ts) and always as one unbroken run of seqs: pruning removes only its oldest end, so a
// client whose `after` falls before the first kept event knows it missed some.
import type { Db } from '../db/openDatabase.ts';
import type { HubEvent, HubEventType, NewHubEvent } from '../../common/schemas/events.ts';

type Listener = (event: HubEvent) => void;

interface EventRow {
  seq: number;
  type: string;
  at: number;
  body: string;
}

/** A stored event as the stream sends it: its JSON is built from the row without parsing the body. */
export interface StoredEvent {
  seq: number;
  type: HubEventType;
  json: string;
}

function toEvent(row: EventRow): HubEvent {
  return { ...JSON.parse(row.body), seq: row.seq, type: row.type, at: new Date(row.at).toISOString() } as HubEvent;
}

/** The same text as JSON.stringify(toEvent(row)): the body's members, then seq, type and at. */
function toJson(row: EventRow): string {
  const members = row.body.length > 2 ? `${row.body.slice(0, -1)},` : '{';
  return `${members}"seq":${row.seq},"type":${JSON.stringify(row.type)},"at":"${new Date(row.at).toISOString()}"}`;
}

export class EventLog {
  private readonly listeners = new Set<Listener>();
  private readonly insert;
  private readonly selectAfter;
  private readonly selectLast;
  private readonly selectFirst;
  private readonly selectFirstFrom;
  private readonly deleteOldestBelow;

  /** reportListenerError: where a listener's failure is told (it never undoes or fails the committed change). */
  constructor(
    db: Db,
    private readonly reportListenerError: (error: unknown, event: HubEvent) => void = (error, event) =>
      console.error(`an event listener failed on ${event.type} #${event.seq}:`, error),
  ) {
    this.insert = db.prepare<[string, number, string], EventRow>('INSERT INTO events (type, at, body) VALUES (?, ?, ?) RETURNING seq, type, at, body');
    this.selectAfter = db.prepare<[number, number], EventRow>('SELECT seq, type, at, body FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
    this.selectLast = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM events');
    this.selectFirst = db.prepare<[], { seq: number | null }>('SELECT MIN(seq) AS seq FROM events');
    this.selectFirstFrom = db.prepare<[number], { seq: number }>('SELECT seq FROM events WHERE at >= ? ORDER BY seq LIMIT 1');
    this.deleteOldestBelow = db.prepare<[number, number]>('DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE seq < ? ORDER BY seq LIMIT ?)');
  }

  /** Must run inside the writer's transaction; the event is not published until it commits. */
  append(event: NewHubEvent, atMs: number): HubEvent {
    const { type, ...body } = event;
    return toEvent(this.insert.get(type, atMs, JSON.stringify(body))!);
  }

  /** Up to `limit` stored events after seq, in order. */
  pageAfter(seq: number, limit: number): StoredEvent[] {
    return this.selectAfter.all(seq, limit).map((row) => ({ seq: row.seq, type: row.type as HubEventType, json: toJson(row) }));
  }

  lastSeq(): number {
    return this.selectLast.get()?.seq ?? 0;
  }

  /** The oldest seq still kept (lastSeq() + 1 while the log is empty). */
  firstSeq(): number {
    return this.selectFirst.get()?.seq ?? this.lastSeq() + 1;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs after the commit: each listener on its own, so one that throws is reported and the others still hear. */
  publish(events: readonly HubEvent[]): void {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch (error) {
          this.reportListenerError(error, event);
        }
      }
    }
  }

  /** The first seq stamped at or after atMs: pruning up to `atMs` deletes the events before it. */
  firstSeqFrom(atMs: number): number {
    return this.selectFirstFrom.get(atMs)?.seq ?? this.lastSeq();
  }

  /**
   * Deletes up to `limit` of the oldest events below seq, never the newest event, which carries the last seq for
   * snapshots and for telling a restored database. Must run inside the writer's transaction. Answers how many it
   * deleted.
   */
  deleteOldest(belowSeq: number, limit: number): number {
    return this.deleteOldestBelow.run(Math.min(belowSeq, this.lastSeq()), limit).changes;
  }
}
