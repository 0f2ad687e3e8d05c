// A centre upgrading Lotsa keeps everything it had. For every earlier schema version the test builds a database the
// way that version left it — each migration applied in turn and, after each, rows in the tables it introduced, as
// the hub of that version wrote them — then opens it with this version: every row and every column it had is still
// there, the references resolve, and the hub works on it (the queue, the day's report, the next number). A database
// written by a newer Lotsa is refused, with a message that says so, and left as it was.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { startHub } from '../helpers/hub.ts';
import { migrate } from '../../main/db/migrate.ts';
import { migrations } from '../../main/db/migrations/index.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { queueSnapshot } from '../../main/queue/queueSnapshot.ts';
import { issueTicket } from '../../main/queue/issueTicket.ts';
import { summary } from '../../main/reports/summary.ts';
import { listAppointments } from '../../main/appointments/appointments.ts';

const DAY = '2026-11-24';
const at = (time: string) => Date.parse(`${DAY}T${time}Z`); // Stockholm is UTC+1 in November
const NOW = at('10:00:00');

/** What the hub of each version wrote, right after that version's migration: only its own tables and columns. */
const rowsOfVersion: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    db.exec(`INSERT INTO settings (key, value) VALUES ('timeZone', '"Europe/Stockholm"'), ('centreName', '"Medborgarservice"')`);
    db.prepare('INSERT INTO services (id, name, prefix, created_at) VALUES (1, ?, ?, ?)').run('Bygglov', 'B', at('07:00:00'));
    db.prepare('INSERT INTO desks (id, name, created_at) VALUES (1, ?, ?)').run('Disk 1', at('07:00:00'));
    db.exec('INSERT INTO desk_services (desk_id, service_id, position) VALUES (1, 1, 0)');
    const ticket = db.prepare(`INSERT INTO tickets (id, issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at,
                                 first_called_at, desk_id, ended_at, print_status) VALUES (?, 1, 1, ?, ?, ?, 'sv', ?, ?, ?, ?, ?, ?, 'printed')`);
    ticket.run(1, DAY, 1, 'B001', 'finished', at('08:00:00'), at('08:00:00'), at('08:05:00'), 1, at('08:15:00'));
    ticket.run(2, DAY, 2, 'B002', 'serving', at('08:10:00'), at('08:10:00'), at('08:20:00'), 1, null);
    ticket.run(3, DAY, 3, 'B003', 'waiting', at('08:30:00'), at('08:30:00'), null, null, null);
    db.exec(`INSERT INTO visits (ticket_id, desk_id, service_id, called_at, started_at, ended_at, outcome)
             VALUES (1, 1, 1, ${at('08:05:00')}, ${at('08:06:00')}, ${at('08:15:00')}, 'finished'), (2, 1, 1, ${at('08:20:00')}, ${at('08:21:00')}, NULL, NULL)`);
    db.prepare('INSERT INTO events (type, at, body) VALUES (?, ?, ?)').run('ticket.issued', at('08:30:00'), '{"type":"ticket.issued"}');
  },
  2: (db) => db.exec(`INSERT INTO survey_responses (submitted_at, ticket_id, q1, q2, q3, q4, q5, comment) VALUES (${at('08:16:00')}, 1, 5, 4, 5, 4, 5, 'Snabbt och vänligt')`),
  3: (db) => {
    db.exec(`UPDATE survey_questions SET texts = '{"sv":"Fick du hjälp?"}' WHERE id = 1`);
    db.exec(`INSERT INTO survey_responses (submitted_at, q1, source, submission_id) VALUES (${at('08:40:00')}, 3, 'paper', 'paper-1')`);
  },
  5: (db) => db.exec(`INSERT INTO appointments (service_id, starts_at, name, code, state, created_at) VALUES (1, ${at('13:00:00')}, 'Anna Svensson', 'K7M2QX', 'booked', ${at('07:30:00')})`),
  6: (db) =>
    db.exec(`INSERT INTO tickets (id, issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at, first_called_at,
                                  desk_id, print_status, follow_token, for_desk_id)
             VALUES (4, 1, 1, '${DAY}', 4, 'B004', 'ar', 'parked', ${at('08:50:00')}, ${at('08:50:00')}, ${at('08:55:00')}, 1, 'virtual', 'tok-4', 1)`),
  7: (db) => {
    db.exec(`UPDATE desks SET paused_reason = 'Lunch', paused_at = ${at('09:00:00')} WHERE id = 1`);
    db.exec(`UPDATE services SET wait_target_minutes = 20, outcomes = '["Ansökan inlämnad"]' WHERE id = 1`);
  },
  8: (db) => {
    db.exec(`INSERT INTO users (username, password_hash, role, created_at) VALUES ('karin', 'scrypt$x', 'admin', ${at('07:00:00')})`);
    db.exec(`INSERT INTO devices (role, name, created_at, credential_hash, paired_at) VALUES ('kiosk', 'Entré', ${at('07:00:00')}, 'h1', ${at('07:05:00')})`);
  },
};

function tableRows(db: Database.Database): Map<string, Record<string, unknown>[]> {
  const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'`).pluck().all() as string[];
  return new Map(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[]]));
}

describe('upgrading a populated database', () => {
  const latest = migrations.at(-1)!.id;
  for (const version of migrations.map((m) => m.id).filter((id) => id < latest)) {
    test(`from schema ${version}`, async () => {
      const dir = makeDataDir();
      try {
        const old = new Database(join(dir, 'lotsa.sqlite'));
        old.pragma('foreign_keys = ON');
        for (const migration of migrations.filter((m) => m.id <= version)) {
          migrate(old, [migration]);
          rowsOfVersion[migration.id]?.(old);
        }
        const before = tableRows(old);
        old.close();

        const db = openDatabase(dir);
        try {
          assert.deepEqual(db.prepare('SELECT id FROM schema_migrations ORDER BY id').pluck().all(), migrations.map((m) => m.id));
          assert.deepEqual(db.pragma('foreign_key_check'), [], 'every reference still resolves');
          const after = tableRows(db);
          for (const [table, rows] of before) {
            const kept = after.get(table);
            assert.ok(kept, `table ${table} is still there`);
            // The columns the old version had, compared row by row; columns added since may hold their defaults.
            assert.deepEqual(
              kept.map((row) => Object.fromEntries(Object.keys(rows[0] ?? {}).map((column) => [column, row[column]]))),
              rows,
              `every row of ${table} as it was`,
            );
          }

          const ctx = createHubContext(db, virtualTicketPrinter(), () => NOW);
          const queue = queueSnapshot(ctx);
          assert.equal(queue.timeZone, 'Europe/Stockholm');
          assert.deepEqual(queue.waiting.map((t) => t.number), ['B003']);
          assert.deepEqual(queue.called.map((t) => [t.number, t.state]), [['B002', 'serving']]);
          const day = summary(ctx, { from: DAY });
          assert.equal(day.ticketsIssued, version >= 6 ? 4 : 3);
          assert.equal(day.served, 1);
          if (version >= 5) assert.deepEqual(listAppointments(ctx, DAY).map((a) => [a.code, a.name]), [['K7M2QX', 'Anna Svensson']]);
          const next = await issueTicket(ctx, { serviceId: 1 }, 'http://hub.test');
          assert.equal(next.number, version >= 6 ? 'B005' : 'B004', 'numbering continues the day');
        } finally {
          db.close();
        }
      } finally {
        removeDataDir(dir);
      }
    });
  }
});

describe('a database from a newer Lotsa', () => {
  test('is refused with a message naming both versions, and left untouched', async () => {
    const dir = makeDataDir();
    try {
      openDatabase(dir).close();
      const file = join(dir, 'lotsa.sqlite');
      const newer = new Database(file);
      const future = migrations.at(-1)!.id + 1;
      newer.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(future, 'from-the-future', NOW);
      newer.close();

      await assert.rejects(startHub({ dataDir: dir }), (error: Error) => {
        assert.match(error.message, new RegExp(`Lotsa could not start: the database was written by a newer Lotsa \\(schema ${future}, this version knows ${future - 1}\\)`));
        return true;
      });
      const after = new Database(file, { readonly: true });
      assert.equal(after.prepare('SELECT MAX(id) FROM schema_migrations').pluck().get(), future, 'nothing was migrated or dropped');
      after.close();
    } finally {
      removeDataDir(dir);
    }
  });
});
