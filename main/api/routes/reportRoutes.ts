// The manager's figures and exports.
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { ErrorBody } from '../../../common/schemas/common.ts';
import { Breakdown, ByDay, ByHour, FilteredSummary, FilteredSummaryQuery, ReportQuery, Staffing, StaffingQuery } from '../../../common/schemas/reports.ts';
import { summary } from '../../reports/summary.ts';
import { byDay, byHour } from '../../reports/byTime.ts';
import { breakdown } from '../../reports/breakdown.ts';
import { staffing } from '../../reports/staffing.ts';
import { needsReport } from '../../reports/needs.ts';
import { NeedsReport, NeedsReportQuery } from '../../../common/schemas/needs.ts';
import { surveyCsv, visitsCsv } from '../../reports/exports.ts';
import { csvFile, CSV_TYPE, ok, route, type RouteSpec } from '../route.ts';
import { reportPeriod } from '../../reports/reportPeriod.ts';
import { centreDayBounds } from '../../centreDay.ts';
import { HttpError } from '../httpError.ts';
import { hasRole, type Principal } from '../principal.ts';
import type { SummaryQuery } from '../../../common/schemas/reports.ts';

/** Staff see how today is going; the centre's history is for administrators. */
function staffSeeToday(ctx: HubContext, principal: Principal, query: SummaryQuery): void {
  if (hasRole(principal, 'admin')) return;
  const period = reportPeriod(query, ctx.clock(), ctx.calendar());
  const today = centreDayBounds(ctx);
  if (period.fromMs < today.fromMs || period.toMs > today.toMs) throw new HttpError(403, 'staff-today-only', "staff see today's figures; a longer period needs an administrator");
}

export function reportRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/reports/summary',
      summary: 'Visits, waits against the target and survey figures (means, per source, net score) for a period, optionally one service or desk',
      query: FilteredSummaryQuery,
      responses: { 200: FilteredSummary },
      handle: ({ query, principal }) => {
        staffSeeToday(ctx, principal, query);
        return ok(summary(ctx, query));
      },
    }),
    route({
      method: 'GET',
      url: '/api/reports/by-hour',
      summary: "Arrivals, waits and served by hour of arrival, per weekday and all days together, in the centre's time zone",
      query: ReportQuery,
      responses: { 200: ByHour },
      handle: ({ query, principal }) => {
        staffSeeToday(ctx, principal, query);
        return ok(byHour(ctx, query));
      },
    }),
    route({
      method: 'GET',
      url: '/api/reports/by-day',
      summary: 'Arrivals, waits and share within the target per local day',
      query: ReportQuery,
      responses: { 200: ByDay },
      handle: ({ query, principal }) => {
        staffSeeToday(ctx, principal, query);
        return ok(byDay(ctx, query));
      },
    }),
    route({
      method: 'GET',
      url: '/api/reports/breakdown',
      summary: 'Per service and per desk: issued, served, no-shows, transfers, median/p90 wait, share within target, median service time',
      query: ReportQuery,
      responses: { 200: Breakdown },
      handle: ({ query, principal }) => {
        staffSeeToday(ctx, principal, query);
        return ok(breakdown(ctx, query));
      },
    }),
    route({
      method: 'GET',
      url: '/api/reports/staffing',
      summary:
        "Desks needed per local hour (Erlang C from the same weekdays' arrivals and the recent mean service time) for up to 62 past or future days; for past days also the desks open and the share called within the target",
      query: StaffingQuery,
      responses: { 200: Staffing, 404: ErrorBody },
      handle: ({ query }) => ok(staffing(ctx, query)),
    }),
    route({
      method: 'GET',
      url: '/api/reports/needs',
      summary: 'Tickets of a period that needed an interpreter (by language), a private room, or were urgent, as the guides recorded them',
      query: NeedsReportQuery,
      responses: { 200: NeedsReport },
      handle: ({ query }) => ok(needsReport(ctx, query)),
    }),
    route({
      method: 'GET',
      url: '/api/reports/visits.csv',
      summary: "One row per visit (ticket) of the period as CSV (UTF-8 with BOM), times in the centre's time zone",
      query: ReportQuery,
      produces: CSV_TYPE,
      responses: { 200: z.string() },
      handle: ({ query }) => csvFile(visitsCsv(ctx, query), 'visits.csv'),
    }),
    route({
      method: 'GET',
      url: '/api/reports/survey.csv',
      summary: 'One row per survey response of the period as CSV (UTF-8 with BOM)',
      query: ReportQuery,
      produces: CSV_TYPE,
      responses: { 200: z.string() },
      handle: ({ query }) => csvFile(surveyCsv(ctx, query), 'survey.csv'),
    }),
  ];
}
