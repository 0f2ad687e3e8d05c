// The one picture: every site's figures side by side and in total, by day, by hour, and as CSV.
import { CentralByDay, CentralByHour, CentralSummary, CentralSummaryQuery } from '../../../../common/schemas/central.ts';
import { csvFile, ok } from '../../../api/route.ts';
import { centralByDay, centralByHour, centralSummary, centralSummaryCsv } from '../../reports/index.ts';
import { centralRoute, type CentralRouteContext } from '../centralRoute.ts';

export function figureRoutes({ db, clock }: CentralRouteContext) {
  return [
    centralRoute({
      method: 'GET',
      url: '/api/central/summary',
      summary: "Each site's figures for the period, exactly as its own GET /api/reports/summary gives them, and the total",
      query: CentralSummaryQuery,
      responses: { 200: CentralSummary },
      handle: async ({ query }) => ok(await centralSummary(db, query, clock())),
    }),
    centralRoute({
      method: 'GET',
      url: '/api/central/by-day',
      summary: "Each site's figures day by day",
      query: CentralSummaryQuery,
      responses: { 200: CentralByDay },
      handle: async ({ query }) => ok(await centralByDay(db, query, clock())),
    }),
    centralRoute({
      method: 'GET',
      url: '/api/central/by-hour',
      summary: "Each site's figures by hour of arrival",
      query: CentralSummaryQuery,
      responses: { 200: CentralByHour },
      handle: async ({ query }) => ok(await centralByHour(db, query, clock())),
    }),
    centralRoute({
      method: 'GET',
      url: '/api/central/summary.csv',
      summary: "The summary's figures, one row per site, for a spreadsheet",
      query: CentralSummaryQuery,
      produces: 'text/csv',
      responses: { 200: null },
      handle: async ({ query }) => {
        const { from = 'today', to = from } = query;
        return csvFile(await centralSummaryCsv(db, query, clock()), `lotsa-central-${from.slice(0, 10)}-${to.slice(0, 10)}.csv`);
      },
    }),
  ];
}
