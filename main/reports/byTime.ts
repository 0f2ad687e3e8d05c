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

const HOUR = 3_600_000;
const DAY = 86_400_000;
const LOCAL = '(issued_at + seg.offset)';
const LOCAL_HOUR = `((${LOCAL} / ${HOUR}) % 24)`;
/** 1970-01-01 was a Thursday: ISO weekday 1 (Monday) … 7 (Sunday). */
const LOCAL_WEEKDAY = `(((${LOCAL} / ${DAY}) + 3) % 7 + 1)`;
const LOCAL_DAY_NUMBER = `(${LOCAL} / ${DAY})`;

function samplesBy(ctx: HubContext, scope: ReportScope, key: string) {
  // The offsets are numbers the hub computed, written into the SQL as integer literals.
  const segments = ctx.calendar().offsetSegments(scope.period.fromMs, scope.period.toMs)
    .map((s) => `(${Math.trunc(s.fromMs)}, ${Math.trunc(s.toMs)}, ${Math.trunc(s.offsetMs)})`)
    .join(', ');
  return waitSamples(
    ctx.db,
    {
      key,
      with: `seg(start, stop, offset) AS (VALUES ${segments})`,
      join: 'JOIN seg ON issued_at >= seg.start AND issued_at < seg.stop',
      ...ticketCondition(scope.period),
    },
    scope.targetMs,
    scope.nowMs,
  );
}

export function byHour(ctx: HubContext, query: SummaryQuery): ByHour {
  const scope = reportScope(ctx, query);
  const samples = samplesBy(ctx, scope, `${LOCAL_WEEKDAY} * 100 + ${LOCAL_HOUR}`);
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
  const days = waitStatsBy(samplesBy(ctx, scope, LOCAL_DAY_NUMBER), (key) => key, scope.targetMs);
  return {
    ...scope.heading,
    days: [...days].map(([key, stats]) => ({ day: new Date(key * DAY).toISOString().slice(0, 10), ...stats })),
  };
}
