// The period's raw records as CSV for the manager's own spreadsheets: one row per visit (ticket) and one row per
// survey response. Times are the centre's local time; durations are whole seconds.
import type { HubContext } from '../context.ts';
import type { SummaryQuery } from '../../common/schemas/reports.ts';
import { SURVEY_QUESTION_COUNT } from '../../common/schemas/survey.ts';
import { localTime } from '../../common/time/centreCalendar.ts';
import { reportPeriod } from './reportPeriod.ts';
import { toCsv } from '../../common/text/csv.ts';
import { SERVICE_MS_SQL } from './serviceTime.ts';

interface VisitCsvRow {
  number: string;
  day: string;
  issuedService: string;
  finalService: string;
  desk: string | null;
  state: string;
  language: string;
  issued_at: number;
  first_called_at: number | null;
  ended_at: number | null;
  transfers: number;
  serviceMs: number | null;
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));

function scope(ctx: HubContext, query: SummaryQuery) {
  const calendar = ctx.calendar();
  return { period: reportPeriod(query, ctx.clock(), calendar), local: localTime(calendar) };
}

export function visitsCsv(ctx: HubContext, query: SummaryQuery): string {
  const { period, local } = scope(ctx, query);
  const at = (ms: number | null) => (ms === null ? null : local(ms));
  const rows = ctx.db
    .prepare<[number, number], VisitCsvRow>(
      `SELECT t.number, t.day, si.name AS issuedService, sf.name AS finalService, d.name AS desk, t.state, t.language,
              t.issued_at, t.first_called_at, t.ended_at,
              (SELECT COUNT(*) FROM visits v WHERE v.ticket_id = t.id AND v.outcome = 'transferred') AS transfers,
              ${SERVICE_MS_SQL} AS serviceMs
       FROM tickets t
       JOIN services si ON si.id = t.issued_service_id
       JOIN services sf ON sf.id = t.service_id
       LEFT JOIN desks d ON d.id = t.desk_id
       WHERE t.issued_at >= ? AND t.issued_at < ?
       ORDER BY t.issued_at, t.id`,
    )
    .all(period.fromMs, period.toMs);
  return toCsv(
    ['number', 'day', 'service', 'served_by_service', 'desk', 'state', 'language', 'issued_at', 'first_called_at', 'ended_at', 'wait_seconds', 'transfers', 'service_seconds'],
    rows.map((r) => [
      r.number,
      r.day,
      r.issuedService,
      r.finalService,
      r.desk,
      r.state,
      r.language,
      at(r.issued_at),
      at(r.first_called_at),
      at(r.ended_at),
      r.first_called_at === null ? null : seconds(r.first_called_at - r.issued_at),
      r.transfers,
      seconds(r.serviceMs),
    ]),
  );
}

const slots = Array.from({ length: SURVEY_QUESTION_COUNT }, (_, i) => `q${i + 1}`);

export function surveyCsv(ctx: HubContext, query: SummaryQuery): string {
  const { period, local } = scope(ctx, query);
  const rows = ctx.db
    .prepare<[number, number], Record<string, string | number | null> & { submitted_at: number }>(
      `SELECT r.id, r.submitted_at, r.source, t.number AS ticket, s.name AS service, d.name AS desk, ${slots.map((q) => `r.${q}`).join(', ')}, r.comment
       FROM survey_responses r
       LEFT JOIN tickets t ON t.id = r.ticket_id
       LEFT JOIN services s ON s.id = t.service_id
       LEFT JOIN desks d ON d.id = t.desk_id
       WHERE r.submitted_at >= ? AND r.submitted_at < ?
       ORDER BY r.submitted_at, r.id`,
    )
    .all(period.fromMs, period.toMs);
  return toCsv(
    ['id', 'submitted_at', 'source', 'ticket', 'service', 'desk', ...slots, 'comment'],
    rows.map((r) => [r.id!, local(r.submitted_at), r.source!, r.ticket!, r.service!, r.desk!, ...slots.map((q) => r[q]!), r.comment!]),
  );
}
