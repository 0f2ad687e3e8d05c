// One batch from a site, applied whole or not at all (common/schemas/central.ts, common/central/pushRule.ts): the
// site's row is locked for the transaction, so two pushes from one site (a retry overtaking its original) are
// applied one after the other; rows are upserted by (site, id) keeping the newer sequence, so a batch sent twice
// counts once; a kill -9 before COMMIT leaves PostgreSQL with none of the batch, and the hub resends it.
import type { CentralClient, CentralDb } from '../db/centralDb.ts';
import { inTransaction } from '../db/centralDb.ts';
import type { CentralPushAnswer, CentralPushBody, CentralResponse, CentralVisit } from '../../../common/schemas/central.ts';
import { decidePush, repeatedId } from '../../../common/central/pushRule.ts';
import { centreCalendar } from '../../../common/time/centreCalendar.ts';
import { HttpError } from '../../api/httpError.ts';

export interface ApplyOptions {
  /** Runs after the rows are written and before COMMIT: the test knob that holds a batch open (--test-apply-delay-ms). */
  beforeCommit?: () => Promise<void>;
}

const CONFLICT_WORDS = {
  'central-gap': 'this batch starts after what the central service has acknowledged: resend from acked',
  'central-resync': 'the central service has not heard from this database before: send everything, from sequence 0',
  'central-rewound': 'this database has fewer changes than the central service already acknowledged (restored by hand?): take a new database identity and send everything from 0',
} as const;

/** Each row's business day, as the site itself counts it; a calendar naming no real time zone is the batch's fault. */
function daysOf(body: CentralPushBody): { visitDays: string[]; responseDays: string[] } {
  try {
    const calendar = centreCalendar(body.site.calendar.firstZone, body.site.calendar.changes);
    return { visitDays: body.visits.map((v) => calendar.dayOf(v.issuedAt)), responseDays: body.responses.map((r) => calendar.dayOf(r.submittedAt)) };
  } catch (error) {
    if (error instanceof RangeError) throw new HttpError(400, 'central-calendar-invalid', `invalid body: site.calendar names a time zone that does not exist (${error.message})`);
    throw error;
  }
}

function checkRows(body: CentralPushBody): void {
  for (const [kind, rows] of [['visits', body.visits], ['responses', body.responses]] as const) {
    const id = repeatedId(rows);
    if (id !== undefined) throw new HttpError(400, 'central-batch-invalid', `invalid body: ${kind} has the row ${id} twice; a batch carries each row once, at its newest`);
  }
}

async function upsertVisits(client: CentralClient, siteId: number, visits: readonly CentralVisit[], days: string[]): Promise<void> {
  if (visits.length === 0) return;
  await client.query(
    `INSERT INTO site_visits (site_id, id, seq, service_id, desk_id, state, issued_at, day, first_called_at, ended_at)
     SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::integer[], $5::integer[], $6::text[], $7::bigint[], $8::date[], $9::bigint[], $10::bigint[])
     ON CONFLICT (site_id, id) DO UPDATE SET seq = excluded.seq, service_id = excluded.service_id, desk_id = excluded.desk_id,
       state = excluded.state, issued_at = excluded.issued_at, day = excluded.day, first_called_at = excluded.first_called_at,
       ended_at = excluded.ended_at, arrived_at = now()
     WHERE excluded.seq > site_visits.seq`,
    [
      siteId,
      visits.map((v) => v.id),
      visits.map((v) => v.seq),
      visits.map((v) => v.serviceId),
      visits.map((v) => v.deskId),
      visits.map((v) => v.state),
      visits.map((v) => v.issuedAt),
      days,
      visits.map((v) => v.firstCalledAt),
      visits.map((v) => v.endedAt),
    ],
  );
}

async function upsertResponses(client: CentralClient, siteId: number, responses: readonly CentralResponse[], days: string[]): Promise<void> {
  if (responses.length === 0) return;
  const answer = (index: number) => responses.map((r) => r.answers[index]);
  await client.query(
    `INSERT INTO site_responses (site_id, id, seq, submitted_at, day, ticket_id, source, q1, q2, q3, q4, q5, comment)
     SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::date[], $6::bigint[], $7::text[],
       $8::smallint[], $9::smallint[], $10::smallint[], $11::smallint[], $12::smallint[], $13::text[])
     ON CONFLICT (site_id, id) DO UPDATE SET seq = excluded.seq, submitted_at = excluded.submitted_at, day = excluded.day,
       ticket_id = excluded.ticket_id, source = excluded.source, q1 = excluded.q1, q2 = excluded.q2, q3 = excluded.q3,
       q4 = excluded.q4, q5 = excluded.q5, comment = excluded.comment, arrived_at = now()
     WHERE excluded.seq > site_responses.seq`,
    [
      siteId,
      responses.map((r) => r.id),
      responses.map((r) => r.seq),
      responses.map((r) => r.submittedAt),
      days,
      responses.map((r) => r.ticketId),
      responses.map((r) => r.source),
      answer(0),
      answer(1),
      answer(2),
      answer(3),
      answer(4),
      responses.map((r) => r.comment),
    ],
  );
}

export async function applyPush(db: CentralDb, siteId: number, body: CentralPushBody, options: ApplyOptions = {}): Promise<CentralPushAnswer> {
  checkRows(body);
  const { visitDays, responseDays } = daysOf(body);
  return inTransaction(db, async (client) => {
    const held = (await client.query<{ database_id: string | null; acked: number }>('SELECT database_id, acked FROM sites WHERE id = $1 FOR UPDATE', [siteId])).rows[0];
    if (!held) throw new HttpError(401, 'site-token-invalid', 'the site this token belonged to no longer exists');
    const decision = decidePush({ databaseId: held.database_id, acked: held.acked }, body);
    if (decision.kind === 'refuse') throw new HttpError(409, decision.code, CONFLICT_WORDS[decision.code], { acked: decision.acked });
    if (decision.replace) {
      await client.query('DELETE FROM site_visits WHERE site_id = $1', [siteId]);
      await client.query('DELETE FROM site_responses WHERE site_id = $1', [siteId]);
    }
    await upsertVisits(client, siteId, body.visits, visitDays);
    await upsertResponses(client, siteId, body.responses, responseDays);
    await client.query('UPDATE sites SET database_id = $2, acked = $3, facts = $4, last_sync_at = now() WHERE id = $1', [siteId, body.databaseId, decision.acked, JSON.stringify(body.site)]);
    await options.beforeCommit?.();
    return { acked: decision.acked, databaseId: body.databaseId };
  });
}
