// One exit-survey response. Anonymous by design: at most a link to the visit's ticket (and so its service and
// desk), never to a person.
import type { HubContext } from '../context.ts';
import type { SurveyBody, SurveyResponse } from '../../common/schemas/survey.ts';
import { invalid } from '../problems.ts';

export function submitSurvey(ctx: HubContext, body: SurveyBody): SurveyResponse {
  return ctx.writer.write((emit, now) => {
    if (body.ticketId !== undefined && !ctx.db.prepare('SELECT 1 FROM tickets WHERE id = ?').get(body.ticketId)) {
      throw invalid(`ticketId ${body.ticketId} is not a ticket of this centre`);
    }
    const [q1, q2, q3, q4, q5] = body.answers;
    const id = Number(
      ctx.db
        .prepare('INSERT INTO survey_responses (submitted_at, ticket_id, q1, q2, q3, q4, q5, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(now, body.ticketId ?? null, q1, q2, q3, q4, q5, body.comment || null).lastInsertRowid,
    );
    emit({ type: 'survey.submitted', responseId: id });
    return { id, submittedAt: new Date(now).toISOString() };
  });
}
