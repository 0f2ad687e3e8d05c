// A long-running centre's event log, written straight into a data folder before the hub starts: a year of events
// would take hours through the API. Each is a ticket.called of the size the hub writes (~290 bytes with its columns).
import { openDatabase } from '../../main/db/openDatabase.ts';

export interface EventHistory {
  /** The seq of the last event written. */
  lastSeq: number;
  /** The bytes of one event's columns, as stored. */
  bytesPerEvent: number;
}

/** Appends `count` events stamped from startMs on, stepMs apart (the last one is the newest). */
export function seedEventHistory(dataDir: string, count: number, startMs: number, stepMs = 1_000): EventHistory {
  const db = openDatabase(dataDir);
  try {
    const insert = db.prepare('INSERT INTO events (type, at, body) VALUES (?, ?, ?)');
    let bytes = 0;
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const at = startMs + i * stepMs;
        const iso = new Date(at).toISOString();
        const body = JSON.stringify({
          ticket: {
            id: i + 1,
            number: `B${String((i % 999) + 1).padStart(3, '0')}`,
            serviceId: 1 + (i % 4),
            language: 'sv',
            state: 'called',
            issuedAt: new Date(at - 754_000).toISOString(),
            calledAt: iso,
            deskId: 1 + (i % 6),
            bookedAt: null,
            forDeskId: null,
          },
          desk: { id: 1 + (i % 6), name: `Disk ${1 + (i % 6)}` },
        });
        bytes = 'ticket.called'.length + 8 + body.length;
        insert.run('ticket.called', at, body);
      }
    })();
    const { seq } = db.prepare('SELECT MAX(seq) AS seq FROM events').get() as { seq: number };
    return { lastSeq: seq, bytesPerEvent: bytes };
  } finally {
    db.close();
  }
}
