// What the exit survey said, from counts any engine can sum: per source, the responses, each question's sum and
// number of answers (skipped answers are not answers, so a mean leaves them out), and the answers behind the net
// score. The hub sums raw responses on SQLite, the central service its per-day rollups on PostgreSQL; both hand
// their rows here, so a mean or a net score is computed one way.
import { SURVEY_QUESTION_COUNT, SURVEY_SOURCES, type SurveySource } from '../schemas/survey.ts';
import type { FilteredSummary } from '../schemas/reports.ts';
import { NEGATIVE_TO, netScore, POSITIVE_FROM } from './netScore.ts';

export const SURVEY_SLOTS = Array.from({ length: SURVEY_QUESTION_COUNT }, (_, i) => `q${i + 1}`);

/** One source's counts; sums are null where no answer was given (SQL's SUM over nothing). */
export type SurveyCounts = Record<string, number | null> & { source: string; responses: number; positive: number; negative: number };

/** The counted columns, in the order SURVEY_COUNTS_SQL gives them (a rollup keeps the same names). */
export const SURVEY_COUNT_COLUMNS = ['responses', ...SURVEY_SLOTS.flatMap((q) => [`sum_${q}`, `n_${q}`]), 'positive', 'negative'];

const countWhere = (test: (q: string) => string) => SURVEY_SLOTS.map((q) => `COUNT(CASE WHEN ${test(q)} THEN 1 END)`).join(' + ');
/** The counts as SQL aggregates over raw response rows (q1 … q5), read alike by SQLite and PostgreSQL. */
export const SURVEY_COUNTS_SQL = [
  'COUNT(*) AS responses',
  ...SURVEY_SLOTS.map((q) => `SUM(${q}) AS sum_${q}, COUNT(${q}) AS n_${q}`),
  `${countWhere((q) => `${q} >= ${POSITIVE_FROM}`)} AS positive`,
  `${countWhere((q) => `${q} <= ${NEGATIVE_TO}`)} AS negative`,
].join(', ');

export function surveyFiguresOf(rows: readonly SurveyCounts[]): FilteredSummary['survey'] {
  const sum = (of: readonly SurveyCounts[], column: string) => of.reduce((total, row) => total + (row[column] ?? 0), 0);
  const means = (of: readonly SurveyCounts[]) =>
    SURVEY_SLOTS.map((q) => {
      const n = sum(of, `n_${q}`);
      return n === 0 ? null : sum(of, `sum_${q}`) / n;
    });
  const bySource = Object.fromEntries(
    SURVEY_SOURCES.map((source: SurveySource) => {
      const of = rows.filter((row) => row.source === source);
      return [source, { responses: sum(of, 'responses'), meanByQuestion: means(of) }];
    }),
  ) as FilteredSummary['survey']['bySource'];
  return {
    responses: sum(rows, 'responses'),
    meanByQuestion: means(rows),
    bySource,
    netScore: netScore({
      positive: sum(rows, 'positive'),
      negative: sum(rows, 'negative'),
      answers: SURVEY_SLOTS.reduce((total, q) => total + sum(rows, `n_${q}`), 0),
      responses: sum(rows, 'responses'),
    }),
  };
}
