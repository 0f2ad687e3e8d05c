// Stores a demo history plan straight into the tables, in one transaction with statements prepared once: a year
// (about 45,000 tickets) takes a second or two. It writes no events: the event log feeds live screens, which start
// from the queue snapshot, and replaying a year of history to them would only be noise.
import type { Db } from '../db/openDatabase.ts';
import type { HistoryPlan } from './historyPlan.ts';

export function writeHistory(db: Db, plan: HistoryPlan): void {
  const ticket = db.prepare(
    `INSERT INTO tickets (issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at, first_called_at, desk_id, ended_at, print_status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'virtual')`,
  );
  const visit = db.prepare('INSERT INTO visits (ticket_id, desk_id, service_id, called_at, started_at, ended_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const response = db.prepare('INSERT INTO survey_responses (submitted_at, ticket_id, q1, q2, q3, q4, q5, comment, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    const ids = plan.tickets.map((t) => {
      const id = Number(
        ticket.run(t.issuedServiceId, t.serviceId, t.day, t.daySequence, t.number, t.language, t.state, t.issuedAt, t.issuedAt, t.firstCalledAt, t.deskId, t.endedAt)
          .lastInsertRowid,
      );
      for (const v of t.visits) visit.run(id, v.deskId, v.serviceId, v.calledAt, v.startedAt, v.endedAt, v.outcome);
      return id;
    });
    for (const r of plan.responses) response.run(r.submittedAt, r.ticket === null ? null : ids[r.ticket]!, ...r.answers, r.comment, r.source);
  }).immediate();
}
