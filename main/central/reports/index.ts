// The central figures' entry points, called by the routes: the summary from the rollups of migration 002, by day and
// by hour from the raw rows, and the summary as CSV. Every figure is defined once in common/ for the hub and here.
export { centralSummary } from './summary.ts';
export { centralByDay, centralByHour } from './byTime.ts';
export { centralSummaryCsv } from './summaryCsv.ts';
