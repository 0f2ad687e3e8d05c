// The manager's headline figures for a period, optionally for one service or desk: how many came, were served, did
// not show, how long they waited against the target (common/stats/waitStats.ts), and what the exit survey said.
import type { HubContext } from '../context.ts';
import type { FilteredSummary, FilteredSummaryQuery } from '../../common/schemas/reports.ts';
import { waitStats } from '../../common/stats/waitStats.ts';
import { reportScope } from './reportScope.ts';
import { surveyFigures } from './surveyFigures.ts';
import { ticketCondition } from './ticketFilter.ts';
import { waitSamples } from './waitSamples.ts';

export function summary(ctx: HubContext, query: FilteredSummaryQuery): FilteredSummary {
  const { period, heading, targetMs, nowMs } = reportScope(ctx, query);
  const filter = { serviceId: query.serviceId, deskId: query.deskId };
  const stats = waitStats(waitSamples(ctx.db, { key: '0', ...ticketCondition(period, filter) }, targetMs, nowMs), targetMs);
  return {
    from: heading.from,
    to: heading.to,
    ticketsIssued: stats.issued,
    served: stats.served,
    noShows: stats.noShows,
    notServed: stats.notServed,
    wait: {
      targetMinutes: heading.targetMinutes,
      medianSeconds: stats.medianWaitSeconds,
      p90Seconds: stats.p90WaitSeconds,
      shareWithinTarget: stats.shareWithinTarget,
      overTarget: stats.overTarget,
    },
    survey: surveyFigures(ctx.db, period, filter),
  };
}
