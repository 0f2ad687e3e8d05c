// Per service and per desk: the tickets' wait figures (common/stats/waitStats.ts) plus what only desk visits know — transfers and
// the median service time (arrival at the desk to finish) — and, per service, booked visits met within 5 minutes of
// the booked time.
import type { HubContext } from '../context.ts';
import type { Breakdown, SummaryQuery } from '../../common/schemas/reports.ts';
import { NO_TICKETS, waitStatsBy } from '../../common/stats/waitStats.ts';
import { listDesks } from '../catalogue/desks.ts';
import { listServices } from '../catalogue/services.ts';
import type { Period } from './reportPeriod.ts';
import { reportScope } from './reportScope.ts';
import { ticketCondition } from './ticketFilter.ts';
import { waitSamples } from './waitSamples.ts';

interface VisitFigures {
  transfers: number;
  medianServiceSeconds: number | null;
}

/** Transfers and median service time of the visits of the period's tickets, per service or desk of the visit. */
function visitFigures(ctx: HubContext, period: Period, column: 'service_id' | 'desk_id'): Map<number, VisitFigures> {
  const rows = ctx.db
    .prepare<[number, number], { k: number; transfers: number; medianMs: number | null }>(
      `WITH v AS (
         SELECT v.${column} AS k, v.outcome,
                CASE WHEN v.outcome = 'finished' AND v.started_at IS NOT NULL THEN v.ended_at - v.started_at END AS serviceMs
         FROM visits v JOIN tickets t ON t.id = v.ticket_id WHERE t.issued_at >= ? AND t.issued_at < ?
       ), ranked AS (
         SELECT k, serviceMs, ROW_NUMBER() OVER (PARTITION BY k ORDER BY serviceMs) AS rank, COUNT(*) OVER (PARTITION BY k) AS n
         FROM v WHERE serviceMs IS NOT NULL
       )
       SELECT k, TOTAL(outcome = 'transferred') AS transfers,
              (SELECT serviceMs FROM ranked r WHERE r.k = v.k AND r.rank = (50 * r.n + 99) / 100) AS medianMs
       FROM v GROUP BY k`,
    )
    .all(period.fromMs, period.toMs);
  return new Map(rows.map((r) => [r.k, { transfers: r.transfers, medianServiceSeconds: r.medianMs === null ? null : r.medianMs / 1000 }]));
}

const NO_VISITS: VisitFigures = { transfers: 0, medianServiceSeconds: null };

const MET_WITHIN_MS = 5 * 60_000;

/** Checked-in bookings of the period (by booked time) per service, and how many were called within 5 minutes of the
 *  booked time — or of the check-in, when the visitor came late: a late visitor is not the centre's miss. */
function bookedFigures(ctx: HubContext, period: Period): Map<number, { checkedIn: number; metOnTime: number }> {
  const rows = ctx.db
    .prepare<[number, number, number], { k: number; checkedIn: number; metOnTime: number }>(
      `SELECT a.service_id AS k, COUNT(*) AS checkedIn,
              TOTAL(t.first_called_at IS NOT NULL AND t.first_called_at <= MAX(a.starts_at, a.checked_in_at) + ?) AS metOnTime
       FROM appointments a JOIN tickets t ON t.id = a.ticket_id
       WHERE a.state = 'checked-in' AND a.starts_at >= ? AND a.starts_at < ?
       GROUP BY a.service_id`,
    )
    .all(MET_WITHIN_MS, period.fromMs, period.toMs);
  return new Map(rows.map((r) => [r.k, { checkedIn: r.checkedIn, metOnTime: r.metOnTime }]));
}

export function breakdown(ctx: HubContext, query: SummaryQuery): Breakdown {
  const { period, heading, targetMs, nowMs } = reportScope(ctx, query);
  const condition = ticketCondition(period);
  // One read: the key packs service and desk (a ticket never called has no desk: 0).
  const samples = waitSamples(ctx.db, { key: 'issued_service_id * 1000000 + COALESCE(desk_id, 0)', ...condition }, targetMs, nowMs);
  const byService = waitStatsBy(samples, (key) => Math.floor(key / 1_000_000), targetMs);
  const byDesk = waitStatsBy(samples, (key) => key % 1_000_000, targetMs);
  const visitsByService = visitFigures(ctx, period, 'service_id');
  const visitsByDesk = visitFigures(ctx, period, 'desk_id');
  const booked = bookedFigures(ctx, period);
  return {
    ...heading,
    services: listServices(ctx).map((service) => ({
      serviceId: service.id,
      name: service.name,
      ...(byService.get(service.id) ?? NO_TICKETS),
      ...(visitsByService.get(service.id) ?? NO_VISITS),
      booked: booked.get(service.id) ?? { checkedIn: 0, metOnTime: 0 },
    })),
    desks: listDesks(ctx).map((desk) => ({
      deskId: desk.id,
      name: desk.name,
      ...(byDesk.get(desk.id) ?? NO_TICKETS),
      ...(visitsByDesk.get(desk.id) ?? NO_VISITS),
    })),
  };
}
