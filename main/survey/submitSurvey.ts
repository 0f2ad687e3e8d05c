// One exit-survey response. Anonymous by design: at most a link to the visit's ticket (and so its service and
// desk), never to a person. The screen names each completed survey (submissionId): a repeat of the same id — a
// visitor tapping Send again, a retry after a lost answer — returns the response already stored instead of adding
// one. That, and not a time window, is what makes one completed survey one response: two visitors giving the
// same answers a second apart are two responses. From the phone, the follow link names the visit, which is rated once
// (./phoneSurvey.ts).
import type { HubContext } from '../context.ts';
import type { SurveyBody, SurveyResponse } from '../../common/schemas/survey.ts';
import { invalid } from '../problems.ts';
import { todaysTicket } from './todaysTicket.ts';
import { phoneSurveyTicket } from './phoneSurvey.ts';

export interface SubmitResult {
  response: SurveyResponse;
  /** True when the submissionId was already stored and nothing new was written. */
  repeated: boolean;
}

const toResponse = (row: { id: number; submitted_at: number }): SurveyResponse => ({ id: row.id, submittedAt: new Date(row.submitted_at).toISOString() });

function linkedTicketId(ctx: HubContext, body: SurveyBody, now: number): number | null {
  if (body.followToken !== undefined) return phoneSurveyTicket(ctx, body.followToken, now);
  if (body.ticketNumber !== undefined) {
    const row = todaysTicket(ctx, body.ticketNumber, now);
    if (!row) throw invalid('survey-ticket-unknown', `there is no ticket ${body.ticketNumber} today`);
    return row.id;
  }
  if (body.ticketId !== undefined && !ctx.db.prepare('SELECT 1 FROM tickets WHERE id = ?').get(body.ticketId)) {
    throw invalid('survey-ticket-unknown', `ticketId ${body.ticketId} is not a ticket of this centre`);
  }
  return body.ticketId ?? null;
}

export function submitSurvey(ctx: HubContext, body: SurveyBody): SubmitResult {
  return ctx.writer.write((emit, now) => {
    if (body.submissionId !== undefined) {
      const earlier = ctx.db
        .prepare<[string], { id: number; submitted_at: number }>('SELECT id, submitted_at FROM survey_responses WHERE submission_id = ?')
        .get(body.submissionId);
      if (earlier) return { response: toResponse(earlier), repeated: true };
    }
    const ticketId = linkedTicketId(ctx, body, now);
    const [q1, q2, q3, q4, q5] = body.answers;
    const id = Number(
      ctx.db
        .prepare('INSERT INTO survey_responses (submitted_at, ticket_id, q1, q2, q3, q4, q5, comment, source, submission_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(now, ticketId, q1, q2, q3, q4, q5, body.comment || null, body.source, body.submissionId ?? null).lastInsertRowid,
    );
    emit({ type: 'survey.submitted', responseId: id });
    return { response: toResponse({ id, submitted_at: now }), repeated: false };
  });
}
