// What every report starts from: the period in the centre's days, the wait target and the clock.
import type { HubContext } from '../context.ts';
import type { SummaryQuery } from '../../common/schemas/reports.ts';
import type { Settings } from '../settings.ts';
import { reportPeriod, type Period } from './reportPeriod.ts';

export interface ReportScope {
  period: Period;
  settings: Settings;
  nowMs: number;
  targetMs: number;
  /** The period and target as every report answer states them. */
  heading: { from: string; to: string; targetMinutes: number };
}

export function reportScope(ctx: HubContext, query: SummaryQuery): ReportScope {
  const settings = ctx.settings();
  const nowMs = ctx.clock();
  const period = reportPeriod(query, nowMs, ctx.calendar());
  return {
    period,
    settings,
    nowMs,
    targetMs: settings.waitTargetMinutes * 60_000,
    heading: { from: new Date(period.fromMs).toISOString(), to: new Date(period.toMs).toISOString(), targetMinutes: settings.waitTargetMinutes },
  };
}
