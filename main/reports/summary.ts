// The manager's headline figures for a period: how many came, were served, did not show, how long they waited
// against the target, and what the exit survey said. Waits are to the first call. A ticket never called but already
// past the target counts as outside it: leaving it out would flatter exactly the worst days.
import type { HubContext } from '../context.ts';
import type { Summary, SummaryQuery } from '../../common/schemas/reports.ts';
import { percentile } from '../../common/stats/percentile.ts';
import { SURVEY_QUESTION_COUNT } from '../../common/schemas/survey.ts';
import { reportPeriod } from './reportPeriod.ts';

export function summary(ctx: HubContext, query: SummaryQuery): Summary {
  const settings = ctx.settings();
  const now = ctx.clock();
  const { fromMs, toMs } = reportPeriod(query, now, settings.timeZone);
  const targetMs = settings.waitTargetMinutes * 60_000;
  const db = ctx.db;

  const counts = db
    .prepare<[number, number], { issued: number; served: number; noShows: number }>(
      `SELECT COUNT(*) AS issued,
              COALESCE(SUM(state = 'finished'), 0) AS served,
              COALESCE(SUM(state = 'no-show'), 0) AS noShows
       FROM tickets WHERE issued_at >= ? AND issued_at < ?`,
    )
    .get(fromMs, toMs)!;
  const waits = db
    .prepare<[number, number], number>(
      `SELECT (first_called_at - issued_at) / 1000.0 FROM tickets
       WHERE issued_at >= ? AND issued_at < ? AND first_called_at IS NOT NULL`,
    )
    .pluck()
    .all(fromMs, toMs);
  const uncalledPastTarget =
    db
      .prepare<[number, number, number, number], number>(
        `SELECT COUNT(*) FROM tickets
         WHERE issued_at >= ? AND issued_at < ? AND first_called_at IS NULL AND COALESCE(ended_at, ?) - issued_at > ?`,
      )
      .pluck()
      .get(fromMs, toMs, now, targetMs) ?? 0;
  const withinTarget = waits.filter((seconds) => seconds * 1000 <= targetMs).length;
  const judged = waits.length + uncalledPastTarget;

  const questions = Array.from({ length: SURVEY_QUESTION_COUNT }, (_, i) => `AVG(q${i + 1}) AS q${i + 1}`).join(', ');
  const survey = db
    .prepare<[number, number], Record<string, number | null>>(
      `SELECT COUNT(*) AS responses, ${questions} FROM survey_responses WHERE submitted_at >= ? AND submitted_at < ?`,
    )
    .get(fromMs, toMs)!;

  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    ticketsIssued: counts.issued,
    served: counts.served,
    noShows: counts.noShows,
    wait: {
      targetMinutes: settings.waitTargetMinutes,
      medianSeconds: percentile(waits, 50),
      p90Seconds: percentile(waits, 90),
      shareWithinTarget: judged === 0 ? null : withinTarget / judged,
    },
    survey: {
      responses: survey.responses ?? 0,
      meanByQuestion: Array.from({ length: SURVEY_QUESTION_COUNT }, (_, i) => survey[`q${i + 1}`] ?? null),
    },
  };
}
