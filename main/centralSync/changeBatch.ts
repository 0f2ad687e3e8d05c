// One push body: the changes after the cursor, at most CENTRAL_BATCH_ROWS of them, projected to what reports need
// (common/central/syncRules.ts). Read a few hundred rows at a time with a turn of the event loop between, so a site
// catching up on a year never holds a ticket request for longer than one small query.
// The batch's upper bound is fixed first: a row that changes while the batch is read is renumbered above headSeq,
// so it is left out of this batch (or sent with its earlier state) and sent again in a later one, never twice here.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../db/openDatabase.ts';
import { CENTRAL_BATCH_ROWS, type CentralPushBody, type CentralSiteFacts } from '../../common/schemas/central.ts';
import { centralResponse, centralVisit, type ResponseChangeRow, type TicketChangeRow } from '../../common/central/syncRules.ts';
import { headSeq } from './syncState.ts';

const CHUNK_ROWS = 250;

export interface BatchStart {
  databaseId: string;
  fromSeq: number;
  site: CentralSiteFacts;
  shareComments: boolean;
  sentAt: number;
}

/** The seq of the limit-th change after `after` (up to `upTo`), or null when fewer follow. */
function nthChangeAfter(db: Db, after: number, upTo: number, limit: number): number | null {
  return (
    db
      .prepare<[number, number, number], { seq: number }>('SELECT seq FROM central_changes WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT 1 OFFSET ?')
      .get(after, upTo, limit - 1)?.seq ?? null
  );
}

export async function readBatch(db: Db, start: BatchStart, signal: AbortSignal): Promise<CentralPushBody> {
  const head = headSeq(db);
  const toSeq = Math.max(start.fromSeq, nthChangeAfter(db, start.fromSeq, head, CENTRAL_BATCH_ROWS) ?? head);
  const tickets = db.prepare<[number, number], TicketChangeRow>(
    `SELECT c.seq, t.id, t.issued_service_id, t.desk_id, t.state, t.issued_at, t.first_called_at, t.ended_at
       FROM central_changes c JOIN tickets t ON t.id = c.row_id WHERE c.kind = 'ticket' AND c.seq > ? AND c.seq <= ? ORDER BY c.seq`,
  );
  const responses = db.prepare<[number, number], ResponseChangeRow>(
    `SELECT c.seq, r.id, r.submitted_at, r.ticket_id, r.source, r.q1, r.q2, r.q3, r.q4, r.q5, r.comment
       FROM central_changes c JOIN survey_responses r ON r.id = c.row_id WHERE c.kind = 'response' AND c.seq > ? AND c.seq <= ? ORDER BY c.seq`,
  );
  const body: CentralPushBody = { databaseId: start.databaseId, fromSeq: start.fromSeq, toSeq, headSeq: head, sentAt: start.sentAt, site: start.site, visits: [], responses: [] };
  for (let after = start.fromSeq; after < toSeq; ) {
    const until = nthChangeAfter(db, after, toSeq, CHUNK_ROWS) ?? toSeq;
    for (const row of tickets.all(after, until)) body.visits.push(centralVisit(row));
    for (const row of responses.all(after, until)) body.responses.push(centralResponse(row, start.shareComments));
    after = until;
    if (after < toSeq) {
      await nextTurn();
      signal.throwIfAborted();
    }
  }
  return body;
}
