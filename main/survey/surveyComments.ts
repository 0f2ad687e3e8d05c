// What visitors wrote, newest first, with the service of the visit when the response was linked to a ticket; a page at
// a time, optionally only the comments containing a word. The search runs here rather than in SQL because SQLite's
// lower() folds only ASCII, and a manager searching "kö" must find "Kön var lång".
import type { HubContext } from '../context.ts';
import type { SurveyComments, SurveyCommentsQuery } from '../../common/schemas/survey.ts';
import { reportPeriod } from '../reports/reportPeriod.ts';

interface CommentRow {
  id: number;
  submitted_at: number;
  source: 'kiosk' | 'paper';
  serviceId: number | null;
  serviceName: string | null;
  comment: string;
}

export function surveyComments(ctx: HubContext, query: SurveyCommentsQuery): SurveyComments {
  const { fromMs, toMs } = reportPeriod(query, ctx.clock(), ctx.calendar());
  const rows = ctx.db
    .prepare<[number, number], CommentRow>(
      `SELECT r.id, r.submitted_at, r.source, s.id AS serviceId, s.name AS serviceName, r.comment
       FROM survey_responses r LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN services s ON s.id = t.service_id
       WHERE r.submitted_at >= ? AND r.submitted_at < ? AND r.comment IS NOT NULL
       ORDER BY r.submitted_at DESC, r.id DESC`,
    )
    .all(fromMs, toMs);
  const needle = query.q?.toLocaleLowerCase();
  const matching = needle ? rows.filter((row) => row.comment.toLocaleLowerCase().includes(needle)) : rows;
  return {
    comments: matching
      .slice(query.offset, query.offset + query.limit)
      .map(({ submitted_at, ...row }) => ({ ...row, submittedAt: new Date(submitted_at).toISOString() })),
    total: matching.length,
    offset: query.offset,
    limit: query.limit,
  };
}
