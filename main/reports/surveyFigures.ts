// What the exit survey said in a period, computed by SQLite: response counts, means per question (AVG leaves the
// NULLs of skipped answers out by itself), the same per source, and the counts behind the net score.
import type { Db } from '../db/openDatabase.ts';
import { SURVEY_QUESTION_COUNT, SURVEY_SOURCES, type SurveySource } from '../../common/schemas/survey.ts';
import type { FilteredSummary } from '../../common/schemas/reports.ts';
import { NEGATIVE_TO, netScore, POSITIVE_FROM } from '../../common/stats/netScore.ts';
import type { Period } from './reportPeriod.ts';
import { ticketCondition, type RowFilter } from './ticketFilter.ts';

const slots = Array.from({ length: SURVEY_QUESTION_COUNT }, (_, i) => `q${i + 1}`);
const sumOver = (test: (q: string) => string) => slots.map((q) => `COALESCE(SUM(${test(q)}), 0)`).join(' + ');

type SurveyRow = Record<string, number | null> & { source: SurveySource; responses: number; positive: number; negative: number; answers: number };

export function surveyFigures(db: Db, period: Period, filter: RowFilter): FilteredSummary['survey'] {
  const linked = filter.serviceId !== undefined || filter.deskId !== undefined ? ticketCondition(period, filter) : null;
  // Narrowed to a service or desk, only responses linked to one of its tickets can say anything about it.
  const ticketClause = linked ? ` AND ticket_id IN (SELECT id FROM tickets WHERE ${linked.where})` : '';
  const rows = db
    .prepare<number[], SurveyRow>(
      `SELECT source, COUNT(*) AS responses,
              ${slots.map((q) => `SUM(${q}) AS sum_${q}, COUNT(${q}) AS n_${q}`).join(', ')},
              ${sumOver((q) => `${q} >= ${POSITIVE_FROM}`)} AS positive,
              ${sumOver((q) => `${q} <= ${NEGATIVE_TO}`)} AS negative,
              ${slots.map((q) => `COUNT(${q})`).join(' + ')} AS answers
       FROM survey_responses WHERE submitted_at >= ? AND submitted_at < ?${ticketClause}
       GROUP BY source`,
    )
    .all(period.fromMs, period.toMs, ...(linked?.params ?? []));

  const means = (of: readonly SurveyRow[]) =>
    slots.map((q) => {
      const n = of.reduce((sum, row) => sum + (row[`n_${q}`] ?? 0), 0);
      return n === 0 ? null : of.reduce((sum, row) => sum + (row[`sum_${q}`] ?? 0), 0) / n;
    });
  const total = (key: 'responses' | 'positive' | 'negative' | 'answers') => rows.reduce((sum, row) => sum + row[key], 0);
  const bySource = Object.fromEntries(
    SURVEY_SOURCES.map((source) => {
      const of = rows.filter((row) => row.source === source);
      return [source, { responses: of.reduce((sum, row) => sum + row.responses, 0), meanByQuestion: means(of) }];
    }),
  ) as FilteredSummary['survey']['bySource'];
  return {
    responses: total('responses'),
    meanByQuestion: means(rows),
    bySource,
    netScore: netScore({ positive: total('positive'), negative: total('negative'), answers: total('answers'), responses: total('responses') }),
  };
}
