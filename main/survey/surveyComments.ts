// What visitors wrote, newest first, with the service of the visit when the response was linked to a ticket.
import type { HubContext } from '../context.ts';
import type { SummaryQuery } from '../../common/schemas/reports.ts';
import type { SurveyComments } from '../../common/schemas/survey.ts';
import { reportPeriod } from '../reports/reportPeriod.ts';

interface CommentRow {
  id: number;
  submitted_at: number;
  source: 'kiosk' | 'paper';
  serviceId: number | null;
  serviceName: string | null;
  comment: string;
}

export function surveyComments(ctx: HubContext, query: SummaryQuery): SurveyComments {
  const { fromMs, toMs } = reportPeriod(query, ctx.clock(), ctx.calendar());
  const rows = ctx.db
    .prepare<[number, number], CommentRow>(
      `SELECT r.id, r.submitted_at, r.source, s.id AS serviceId, s.name AS serviceName, r.comment
       FROM survey_responses r LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN services s ON s.id = t.service_id
       WHERE r.submitted_at >= ? AND r.submitted_at < ? AND r.comment IS NOT NULL
       ORDER BY r.submitted_at DESC, r.id DESC`,
    )
    .all(fromMs, toMs);
  return {
    comments: rows.map(({ submitted_at, ...row }) => ({ ...row, submittedAt: new Date(submitted_at).toISOString() })),
  };
}
