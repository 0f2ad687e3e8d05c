// This database's identity and its cursor at the central service (migration 017's central_sync row), and what the
// change sequence holds after the cursor.
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/openDatabase.ts';

export interface SyncState {
  databaseId: string;
  ackedSeq: number;
  lastSyncAtMs: number | null;
  lastAttemptAtMs: number | null;
  failedAttempts: number;
  lastOutcome: 'acked' | 'failed' | 'refused' | null;
  lastError: string | null;
  sentFacts: string | null;
  questionsTaken: string | null;
}

export function readSyncState(db: Db): SyncState {
  return db
    .prepare<[], SyncState>(
      `SELECT database_id AS databaseId, acked_seq AS ackedSeq, last_sync_at AS lastSyncAtMs, last_attempt_at AS lastAttemptAtMs,
        failed_attempts AS failedAttempts, last_outcome AS lastOutcome, last_error AS lastError, sent_facts AS sentFacts,
        questions_taken AS questionsTaken FROM central_sync WHERE id = 1`,
    )
    .get()!;
}

/** The highest seq the database has given (0 while it holds no ticket or response). */
export function headSeq(db: Db): number {
  return db.prepare<[], { head: number | null }>('SELECT MAX(seq) AS head FROM central_changes').get()!.head ?? 0;
}

export function pendingChanges(db: Db, ackedSeq: number): number {
  return db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM central_changes WHERE seq > ?').get(ackedSeq)!.n;
}

/** Inside a write: the central service acknowledged everything up to ackedSeq of these facts. */
export function recordAcked(db: Db, nowMs: number, ackedSeq: number, sentFacts: string): void {
  db.prepare(
    `UPDATE central_sync SET acked_seq = ?, sent_facts = ?, last_sync_at = ?, last_attempt_at = ?, failed_attempts = 0,
      last_outcome = 'acked', last_error = NULL WHERE id = 1`,
  ).run(ackedSeq, sentFacts, nowMs, nowMs);
}

/** Inside a write: the central service said to go on from ackedSeq (a 409), under a new identity if asked. */
export function recordMoved(db: Db, nowMs: number, ackedSeq: number, newIdentity: boolean, why: string): void {
  if (newIdentity) takeNewIdentity(db);
  db.prepare(`UPDATE central_sync SET acked_seq = ?, sent_facts = NULL, last_attempt_at = ?, failed_attempts = 0, last_error = ? WHERE id = 1`).run(
    ackedSeq,
    nowMs,
    why,
  );
}

export function recordFailed(db: Db, nowMs: number, attempts: number, outcome: 'failed' | 'refused', error: string): void {
  db.prepare('UPDATE central_sync SET last_attempt_at = ?, failed_attempts = ?, last_outcome = ?, last_error = ? WHERE id = 1').run(
    nowMs,
    attempts,
    outcome,
    error.slice(0, 500),
  );
}

export function recordQuestionsTaken(db: Db, updatedAt: string): void {
  db.prepare('UPDATE central_sync SET questions_taken = ? WHERE id = 1').run(updatedAt);
}

/** A new identity with nothing acknowledged: the central service is told everything again, from seq 0, and
 *  replaces what it held for the site (the contract's restore rule). Used on a backup copy as it is written, and
 *  when the central service answers central-rewound. */
export function takeNewIdentity(db: Db): string {
  const databaseId = randomUUID();
  db.prepare(
    `UPDATE central_sync SET database_id = ?, acked_seq = 0, sent_facts = NULL, last_sync_at = NULL, last_attempt_at = NULL,
      failed_attempts = 0, last_outcome = NULL, last_error = NULL WHERE id = 1`,
  ).run(databaseId);
  return databaseId;
}
