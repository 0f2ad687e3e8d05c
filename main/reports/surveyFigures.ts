// What the exit survey said in a period: SQLite counts the responses per source (common/stats/surveyFigures.ts),
// narrowed to a service or desk through the tickets the responses are linked to.
import type { Db } from '../db/openDatabase.ts';
import type { FilteredSummary } from '../../common/schemas/reports.ts';
import { SURVEY_COUNTS_SQL, surveyFiguresOf, type SurveyCounts } from '../../common/stats/surveyFigures.ts';
import type { Period } from './reportPeriod.ts';
import { ticketCondition, type RowFilter } from './ticketFilter.ts';

export function surveyFigures(db: Db, period: Period, filter: RowFilter): FilteredSummary['survey'] {
  const linked = filter.serviceId !== undefined || filter.deskId !== undefined ? ticketCondition(period, filter) : null;
  // Narrowed to a service or desk, only responses linked to one of its tickets can say anything about it.
  const ticketClause = linked ? ` AND ticket_id IN (SELECT id FROM tickets WHERE ${linked.where})` : '';
  const rows = db
    .prepare<number[], SurveyCounts>(
      `SELECT source, ${SURVEY_COUNTS_SQL}
       FROM survey_responses WHERE submitted_at >= ? AND submitted_at < ?${ticketClause}
       GROUP BY source`,
    )
    .all(period.fromMs, period.toMs, ...(linked?.params ?? []));
  return surveyFiguresOf(rows);
}
