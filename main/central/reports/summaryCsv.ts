// The all-sites summary as CSV for the municipality's spreadsheets: one row per site and the total, the figures of
// GET /api/central/summary flattened; waits in whole seconds as in the hub's visits.csv.
import type { CentralDb } from '../db/centralDb.ts';
import type { FilteredSummary, SummaryQuery } from '../../../common/schemas/reports.ts';
import { SURVEY_SLOTS } from '../../../common/stats/surveyFigures.ts';
import { toCsv, type CsvValue } from '../../../common/text/csv.ts';
import { centralSummary } from './summary.ts';

const HEADER = [
  'site_id', 'site', 'last_sync_at', 'from', 'to', 'tickets_issued', 'served', 'no_shows', 'not_served',
  'wait_target_minutes', 'median_wait_seconds', 'p90_wait_seconds', 'share_within_target', 'over_target',
  'survey_responses', ...SURVEY_SLOTS.map((q) => `mean_${q}`), 'net_score',
];

const seconds = (value: number | null) => (value === null ? null : Math.round(value));

function row(figures: Omit<FilteredSummary, 'wait'> & { wait: Omit<FilteredSummary['wait'], 'targetMinutes'> & { targetMinutes: number | null } }): CsvValue[] {
  return [
    figures.from, figures.to, figures.ticketsIssued, figures.served, figures.noShows, figures.notServed,
    figures.wait.targetMinutes, seconds(figures.wait.medianSeconds), seconds(figures.wait.p90Seconds), figures.wait.shareWithinTarget, figures.wait.overTarget,
    figures.survey.responses, ...figures.survey.meanByQuestion, figures.survey.netScore.score,
  ];
}

export async function centralSummaryCsv(db: CentralDb, query: SummaryQuery, nowMs: number): Promise<string> {
  const summary = await centralSummary(db, query, nowMs);
  return toCsv(HEADER, [
    ...summary.sites.map((site) => [site.siteId, site.name, site.lastSyncAt, ...row(site)]),
    [null, 'total', null, ...row(summary.total)],
  ]);
}
