// When in the day and on which days visitors came and how long they waited, by the centre's own clock: for staffing
// ("Monday 9–10 needs another desk") and for the "share within target by day" chart. SQLite knows no time zones, so
// the period is cut into stretches of constant offset (the centre's calendar, zone changes included) and local time
// is UTC time plus its stretch's offset.
import type { HubContext } from '../context.ts';
import type { ByDay, ByHour, SummaryQuery } from '../../common/schemas/reports.ts';
import { NO_TICKETS, waitStatsBy } from '../../common/stats/waitStats.ts';
import { reportScope, type ReportScope } from './reportScope.ts';
import { ticketCondition } from './ticketFilter.ts';
import { waitSamples } from './waitSamples.ts';
import { dayOfNumber, LOCAL_DAY_NUMBER_SQL, segmentsSql, WEEKDAY_HOUR_SQL } from '../../common/reports/ticketSql.ts';

function samplesBy(ctx: HubContext, scope: ReportScope, key: string) {
  return waitSamples(
    ctx.db,
    { key, ...segmentsSql(ctx.calendar().offsetSegments(scope.period.fromMs, scope.period.toMs)), ...ticketCondition(scope.period) },
    scope.targetMs,
    scope.nowMs,
  );
}

export function byHour(ctx: HubContext, query: SummaryQuery): ByHour {
  const scope = reportScope(ctx, query);
  const samples = samplesBy(ctx, scope, WEEKDAY_HOUR_SQL);
  const hours = waitStatsBy(samples, (key) => key % 100, scope.targetMs);
  const cells = waitStatsBy(samples, (key) => key, scope.targetMs);
  return {
    ...scope.heading,
    timeZone: scope.settings.timeZone,
    hours: Array.from({ length: 24 }, (_, hour) => ({ weekday: null, hour, ...(hours.get(hour) ?? NO_TICKETS) })),
    cells: [...cells]
      .map(([key, stats]) => ({ weekday: Math.floor(key / 100), hour: key % 100, ...stats })),
  };
}

export function byDay(ctx: HubContext, query: SummaryQuery): ByDay {
  const scope = reportScope(ctx, query);
  const days = waitStatsBy(samplesBy(ctx, scope, LOCAL_DAY_NUMBER_SQL), (key) => key, scope.targetMs);
  return {
    ...scope.heading,
    days: [...days].map(([key, stats]) => ({ day: dayOfNumber(key), ...stats })),
  };
}
