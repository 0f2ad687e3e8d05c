// Each site's figures by day and by weekday × hour of its own clock, from its raw rows: the period cut into
// stretches of one offset from the site's calendar, and the same group keys as the hub's reports
// (common/reports/ticketSql.ts). PostgreSQL counts each group and takes its nearest-rank median and p90 with
// percentile_disc (the first wait whose rank reaches ceil(p × n), as common/stats/waitStats.ts does); waitFigures
// turns them into the hub's figures.
import type { CentralDb } from '../db/centralDb.ts';
import type { SummaryQuery, WaitStats } from '../../../common/schemas/reports.ts';
import { NO_TICKETS, waitFigures } from '../../../common/stats/waitStats.ts';
import {
  dayOfNumber,
  IS_NO_SHOW_SQL,
  IS_NOT_SERVED_SQL,
  IS_SERVED_SQL,
  LOCAL_DAY_NUMBER_SQL,
  LOCAL_HOUR_SQL,
  segmentsSql,
  uncalledPastTargetSql,
  WAIT_MS_SQL,
  WEEKDAY_HOUR_SQL,
} from '../../../common/reports/ticketSql.ts';
import { siteScopes, type SiteScope } from './siteScope.ts';

interface GroupRow {
  issued: number;
  called: number;
  served: number;
  no_shows: number;
  not_served: number;
  within: number;
  uncalled_past_target: number;
  median_ms: number | null;
  p90_ms: number | null;
}

/** The aggregates of a group; $4 is the site's target in ms, $5 now. */
const GROUP_FIGURES = `COUNT(*) AS issued, COUNT(first_called_at) AS called,
  COUNT(*) FILTER (WHERE ${IS_SERVED_SQL}) AS served, COUNT(*) FILTER (WHERE ${IS_NO_SHOW_SQL}) AS no_shows,
  COUNT(*) FILTER (WHERE ${IS_NOT_SERVED_SQL}) AS not_served, COUNT(*) FILTER (WHERE ${WAIT_MS_SQL} <= $4) AS within,
  COUNT(*) FILTER (WHERE ${uncalledPastTargetSql('$5', '$4')}) AS uncalled_past_target,
  percentile_disc(0.5) WITHIN GROUP (ORDER BY ${WAIT_MS_SQL}) AS median_ms,
  percentile_disc(0.9) WITHIN GROUP (ORDER BY ${WAIT_MS_SQL}) AS p90_ms`;

const statsOf = (row: GroupRow): WaitStats =>
  waitFigures(
    { issued: row.issued, called: row.called, served: row.served, noShows: row.no_shows, notServed: row.not_served, within: row.within, uncalledPastTarget: row.uncalled_past_target },
    row.median_ms,
    row.p90_ms,
  );

async function groups<K extends string>(db: CentralDb, scope: SiteScope, nowMs: number, keys: string, groupBy: string): Promise<(GroupRow & Record<K, number | null>)[]> {
  const seg = segmentsSql(scope.calendar.offsetSegments(scope.period.fromMs, scope.period.toMs));
  const rows = await db.query<GroupRow & Record<K, number | null>>(
    `WITH ${seg.with}
     SELECT ${keys}, ${GROUP_FIGURES}
     FROM site_visits ${seg.join}
     WHERE site_id = $1 AND issued_at >= $2 AND issued_at < $3
     GROUP BY ${groupBy}`,
    [scope.siteId, scope.period.fromMs, scope.period.toMs, scope.targetMs, nowMs],
  );
  return rows.rows;
}

const heading = (scope: SiteScope) => ({ siteId: scope.siteId, name: scope.name, ...scope.heading, targetMinutes: scope.targetMinutes });

export async function centralByDay(db: CentralDb, query: SummaryQuery, nowMs: number) {
  const scopes = await siteScopes(db, query, nowMs);
  return {
    sites: await Promise.all(
      scopes.map(async (scope) => {
        const rows = await groups<'day'>(db, scope, nowMs, `${LOCAL_DAY_NUMBER_SQL} AS day`, '1');
        return { ...heading(scope), days: rows.sort((a, b) => a.day! - b.day!).map((row) => ({ day: dayOfNumber(row.day!), ...statsOf(row) })) };
      }),
    ),
  };
}

export async function centralByHour(db: CentralDb, query: SummaryQuery, nowMs: number) {
  const scopes = await siteScopes(db, query, nowMs);
  return {
    sites: await Promise.all(
      scopes.map(async (scope) => {
        // One pass: the weekday × hour cells and the hours over every weekday (GROUPING SETS: cell is null there).
        const rows = await groups<'cell' | 'hour'>(db, scope, nowMs, `${WEEKDAY_HOUR_SQL} AS cell, ${LOCAL_HOUR_SQL} AS hour`, 'GROUPING SETS ((1), (2))');
        const hours = new Map(rows.filter((row) => row.cell === null).map((row) => [row.hour!, statsOf(row)]));
        return {
          ...heading(scope),
          timeZone: scope.timeZone,
          hours: Array.from({ length: 24 }, (_, hour) => ({ weekday: null, hour, ...(hours.get(hour) ?? NO_TICKETS) })),
          cells: rows
            .filter((row) => row.cell !== null)
            .sort((a, b) => a.cell! - b.cell!)
            .map((row) => ({ weekday: Math.floor(row.cell! / 100), hour: row.cell! % 100, ...statsOf(row) })),
        };
      }),
    ),
  };
}
