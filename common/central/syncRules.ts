// The hub's side of store and forward (common/schemas/central.ts), as plain functions: what a ticket or a survey
// response looks like when it leaves the site, what the central service's answer to a push means for the cursor,
// and which state GET /api/health reports. main/centralSync/ does the reading, sending and storing around them.
import {
  CentralPushAnswer,
  CentralPushConflict,
  type CentralHealth,
  type CentralResponse,
  type CentralVisit,
} from '../schemas/central.ts';

/** A ticket row as migration 017's projection query reads it. */
export interface TicketChangeRow {
  seq: number;
  id: number;
  issued_service_id: number;
  desk_id: number | null;
  state: CentralVisit['state'];
  issued_at: number;
  first_called_at: number | null;
  ended_at: number | null;
}

export interface ResponseChangeRow {
  seq: number;
  id: number;
  submitted_at: number;
  ticket_id: number | null;
  source: CentralResponse['source'];
  q1: number | null;
  q2: number | null;
  q3: number | null;
  q4: number | null;
  q5: number | null;
  comment: string | null;
}

/** Only what reports need: no number, language, note or needs ever leave the site. */
export function centralVisit(row: TicketChangeRow): CentralVisit {
  return {
    id: row.id,
    seq: row.seq,
    serviceId: row.issued_service_id,
    deskId: row.desk_id,
    state: row.state,
    issuedAt: row.issued_at,
    firstCalledAt: row.first_called_at,
    endedAt: row.ended_at,
  };
}

/** The comment only where the centre's setting centralShareComments allows it; an empty one is no comment. */
export function centralResponse(row: ResponseChangeRow, shareComments: boolean): CentralResponse {
  return {
    id: row.id,
    seq: row.seq,
    submittedAt: row.submitted_at,
    ticketId: row.ticket_id,
    source: row.source,
    answers: [row.q1, row.q2, row.q3, row.q4, row.q5],
    comment: shareComments && row.comment ? row.comment : null,
  };
}

/** What a push's answer means for the hub. */
export type PushDecision =
  /** Stored: continue after `acked`. */
  | { kind: 'acked'; acked: number }
  /** 409: continue after `acked` (central-gap: the central service holds less; central-resync: a new identity starts
   *  at 0), under a new identity when `newIdentity` (central-rewound: this database went back in time). */
  | { kind: 'moved'; acked: number; newIdentity: boolean; code: string }
  /** 401/403: the site token is wrong or revoked. */
  | { kind: 'refused'; reason: string }
  /** Anything else (5xx, a body that is not the contract's): try again after the back-off. */
  | { kind: 'retry'; reason: string };

export function pushDecision(status: number, body: unknown, databaseId: string): PushDecision {
  if (status === 200) {
    const answer = CentralPushAnswer.safeParse(body);
    if (!answer.success) return { kind: 'retry', reason: 'HTTP 200 without the acked sequence' };
    if (answer.data.databaseId !== databaseId) return { kind: 'retry', reason: `HTTP 200 for another database (${answer.data.databaseId})` };
    return { kind: 'acked', acked: answer.data.acked };
  }
  if (status === 401 || status === 403) return { kind: 'refused', reason: `HTTP ${status}: the central service refused the site token` };
  if (status === 409) {
    const conflict = CentralPushConflict.safeParse(body);
    if (!conflict.success) return { kind: 'retry', reason: 'HTTP 409 without where to go on' };
    const { code, acked } = conflict.data;
    if (code === 'central-gap') return { kind: 'moved', acked, newIdentity: false, code };
    if (code === 'central-resync') return { kind: 'moved', acked: 0, newIdentity: false, code };
    if (code === 'central-rewound') return { kind: 'moved', acked: 0, newIdentity: true, code };
    return { kind: 'retry', reason: `HTTP 409 ${code}` };
  }
  return { kind: 'retry', reason: `HTTP ${status}` };
}

export interface SyncStateFacts {
  configured: boolean;
  lastOutcome: 'acked' | 'failed' | 'refused' | null;
  lastSyncAtMs: number | null;
  /** Changes after the acknowledged seq. */
  pending: number;
}

/** refused and offline name the last attempt; otherwise synced once everything is acknowledged, behind until then. */
export function centralHealth(facts: SyncStateFacts): CentralHealth {
  const lastSyncAt = facts.lastSyncAtMs === null ? null : new Date(facts.lastSyncAtMs).toISOString();
  const state: CentralHealth['state'] = !facts.configured
    ? 'off'
    : facts.lastOutcome === 'refused'
      ? 'refused'
      : facts.lastOutcome === 'failed'
        ? 'offline'
        : facts.pending > 0 || facts.lastSyncAtMs === null
          ? 'behind'
          : 'synced';
  return { state, lastSyncAt, pending: facts.pending };
}
