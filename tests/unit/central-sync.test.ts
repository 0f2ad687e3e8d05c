// The hub's side of store and forward as plain functions and real SQLite files: what leaves the site, what the
// central service's answers mean, the health state, the back-off cap, migration 017's change sequence and a
// backup copy's own identity.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { centralHealth, centralResponse, centralVisit, pushDecision } from '../../common/central/syncRules.ts';
import { CENTRAL_RETRY_CAP_MS, CentralResponse, CentralVisit } from '../../common/schemas/central.ts';
import { nextAttemptAt } from '../../common/outbox/retryPolicy.ts';
import { centralRetryPolicy } from '../../main/centralSync/centralSync.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { readSyncState } from '../../main/centralSync/syncState.ts';
import { snapshotTo } from '../../main/backup/snapshot.ts';
import { migrate } from '../../main/db/migrate.ts';
import { migrations } from '../../main/db/migrations/index.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotsa-central-unit-'));
  dirs.push(dir);
  return dir;
};
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const DB_ID = '0b9a4c3e-8f1d-4a2b-9c3d-5e6f7a8b9c0d';

describe('what leaves the site', () => {
  test('a visit carries its times, service, desk and state only', () => {
    const visit = centralVisit({ seq: 7, id: 3, issued_service_id: 2, desk_id: null, state: 'waiting', issued_at: 1000, first_called_at: null, ended_at: null });
    assert.deepEqual(CentralVisit.parse(visit), { id: 3, seq: 7, serviceId: 2, deskId: null, state: 'waiting', issuedAt: 1000, firstCalledAt: null, endedAt: null });
  });
  test('a comment leaves only when the centre shares comments, and an empty one never', () => {
    const row = { seq: 9, id: 4, submitted_at: 2000, ticket_id: null, source: 'kiosk' as const, q1: 5, q2: null, q3: 3, q4: 2, q5: 1, comment: 'Bra bemötande' };
    assert.equal(CentralResponse.parse(centralResponse(row, false)).comment, null);
    assert.equal(centralResponse(row, true).comment, 'Bra bemötande');
    assert.equal(centralResponse({ ...row, comment: '' }, true).comment, null);
    assert.deepEqual(centralResponse(row, false).answers, [5, null, 3, 2, 1]);
  });
});

describe("the central service's answers", () => {
  test('200 moves the cursor to acked, for this database only', () => {
    assert.deepEqual(pushDecision(200, { acked: 40, databaseId: DB_ID }, DB_ID), { kind: 'acked', acked: 40 });
    assert.equal(pushDecision(200, { acked: 40, databaseId: '1b9a4c3e-8f1d-4a2b-9c3d-5e6f7a8b9c0d' }, DB_ID).kind, 'retry');
    assert.equal(pushDecision(200, 'OK', DB_ID).kind, 'retry');
  });
  test('409 says where to go on: a gap from acked, a resync from 0, a rewound database from 0 under a new identity', () => {
    assert.deepEqual(pushDecision(409, { error: '', code: 'central-gap', acked: 12 }, DB_ID), { kind: 'moved', acked: 12, newIdentity: false, code: 'central-gap' });
    assert.deepEqual(pushDecision(409, { error: '', code: 'central-resync', acked: 12 }, DB_ID), { kind: 'moved', acked: 0, newIdentity: false, code: 'central-resync' });
    assert.deepEqual(pushDecision(409, { error: '', code: 'central-rewound', acked: 90 }, DB_ID), { kind: 'moved', acked: 0, newIdentity: true, code: 'central-rewound' });
    assert.equal(pushDecision(409, { error: '', code: 'something-else', acked: 1 }, DB_ID).kind, 'retry');
  });
  test('401 is refused; 5xx and anything unknown are tried again', () => {
    assert.equal(pushDecision(401, null, DB_ID).kind, 'refused');
    assert.equal(pushDecision(503, null, DB_ID).kind, 'retry');
    assert.equal(pushDecision(413, null, DB_ID).kind, 'retry');
  });
  test('the back-off doubles from the first wait and never exceeds 30 s, however long the service is away', () => {
    const policy = centralRetryPolicy(1000);
    const waits = Array.from({ length: 200 }, (_, i) => nextAttemptAt(policy, i + 1, 0, 1_000_000)! - 1_000_000);
    assert.deepEqual(waits.slice(0, 6), [1000, 2000, 4000, 8000, 16000, CENTRAL_RETRY_CAP_MS]);
    assert.ok(waits.every((wait) => wait <= CENTRAL_RETRY_CAP_MS));
    assert.notEqual(nextAttemptAt(policy, 5000, 0, 365 * 86_400_000), null, 'never given up, even after a year');
  });
});

describe('the central state in GET /api/health', () => {
  const base = { configured: true, lastOutcome: 'acked' as const, lastSyncAtMs: Date.UTC(2026, 11, 5), pending: 0 };
  test('off without a central service; refused and offline name the last attempt; behind while changes wait', () => {
    assert.equal(centralHealth({ ...base, configured: false }).state, 'off');
    assert.equal(centralHealth({ ...base, lastOutcome: 'refused', pending: 3 }).state, 'refused');
    assert.equal(centralHealth({ ...base, lastOutcome: 'failed' }).state, 'offline');
    assert.equal(centralHealth({ ...base, pending: 1 }).state, 'behind');
    assert.equal(centralHealth({ ...base, lastSyncAtMs: null, lastOutcome: null }).state, 'behind', 'never acknowledged is not synced');
    assert.deepEqual(centralHealth(base), { state: 'synced', lastSyncAt: '2026-12-05T00:00:00.000Z', pending: 0 });
  });
});

describe("migration 017's change sequence", () => {
  const seqOf = (db: Database.Database, kind: string, id: number) => db.prepare<[string, number], { seq: number }>('SELECT seq FROM central_changes WHERE kind = ? AND row_id = ?').get(kind, id)?.seq;
  const ticket = (db: Database.Database, day: string, n: number) =>
    db
      .prepare(
        `INSERT INTO tickets (issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at, print_status) VALUES (1, 1, ?, ?, ?, 'sv', 'waiting', ?, ?, 'virtual')`,
      )
      .run(day, n, `A${String(n).padStart(3, '0')}`, n * 1000, n * 1000).lastInsertRowid as number;

  test('existing rows are backfilled oldest first, and the database gets its own identity', () => {
    const db = new Database(join(tempDir(), 'old.sqlite'));
    migrate(db, migrations.filter((m) => m.id < 17));
    db.prepare(`INSERT INTO services (name, prefix, created_at) VALUES ('A', 'A', 0)`).run();
    ticket(db, '2026-12-01', 2);
    ticket(db, '2026-12-01', 1);
    db.prepare('INSERT INTO survey_responses (submitted_at, q1) VALUES (1500, 4)').run();
    migrate(db, migrations);
    assert.deepEqual(db.prepare('SELECT kind, row_id FROM central_changes ORDER BY seq').raw().all(), [['ticket', 2], ['response', 1], ['ticket', 1]]);
    const other = openDatabase(tempDir());
    assert.match(readSyncState(db).databaseId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(readSyncState(db).databaseId, readSyncState(other).databaseId);
    db.close();
    other.close();
  });

  test('a change reports see renumbers its row above every other; a change they do not see leaves it', () => {
    const db = openDatabase(tempDir());
    db.prepare(`INSERT INTO services (name, prefix, created_at) VALUES ('A', 'A', 0)`).run();
    const first = ticket(db, '2026-12-01', 1);
    ticket(db, '2026-12-01', 2);
    const before = seqOf(db, 'ticket', first)!;
    db.prepare(`UPDATE tickets SET print_status = 'printed', follow_token = 'x' WHERE id = ?`).run(first);
    assert.equal(seqOf(db, 'ticket', first), before);
    db.prepare(`UPDATE tickets SET state = 'called', first_called_at = 5000 WHERE id = ?`).run(first);
    assert.equal(seqOf(db, 'ticket', first), 3);
    // An outer OR IGNORE must not turn the renumbering into nothing.
    db.prepare(`UPDATE OR IGNORE tickets SET state = 'finished', ended_at = 6000 WHERE id = ?`).run(first);
    assert.equal(seqOf(db, 'ticket', first), 4);
    assert.equal(db.prepare('SELECT COUNT(*) FROM central_changes').pluck().get(), 2);
    db.close();
  });

  test('a backup copy has a new identity and its cursor at 0; the live database keeps both', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    db.prepare(`UPDATE central_sync SET acked_seq = 5, last_sync_at = 1, last_outcome = 'acked', sent_facts = '{}'`).run();
    const live = readSyncState(db);
    await snapshotTo(db, join(dir, 'copy.sqlite'));
    const copy = new Database(join(dir, 'copy.sqlite'));
    const copied = readSyncState(copy);
    assert.notEqual(copied.databaseId, live.databaseId);
    assert.deepEqual([copied.ackedSeq, copied.lastSyncAtMs, copied.lastOutcome, copied.sentFacts], [0, null, null, null]);
    assert.deepEqual(readSyncState(db), live);
    copy.close();
    db.close();
  });
});
