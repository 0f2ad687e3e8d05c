// The hub's side of the period rule (common/reports/period.ts): an impossible period is its 400 `period-invalid`.
import type { SummaryQuery } from '../../common/schemas/reports.ts';
import type { CentreCalendar } from '../../common/time/centreCalendar.ts';
import { PeriodError, reportPeriod as periodOf, type Period } from '../../common/reports/period.ts';
import { invalid } from '../problems.ts';

export type { Period };

export function reportPeriod(query: SummaryQuery, nowMs: number, calendar: CentreCalendar): Period {
  try {
    return periodOf(query, nowMs, calendar);
  } catch (error) {
    if (error instanceof PeriodError) throw invalid('period-invalid', error.message);
    throw error;
  }
}
