// What visitors needed over a period, from the flags the guides set (the notes are not read, and are gone by then):
// interpreters by language so a manager can book them for the days they are asked for, private rooms and urgency.
import type { HubContext } from '../context.ts';
import type { NeedsReport } from '../../common/schemas/needs.ts';
import type { SummaryQuery } from '../../common/schemas/reports.ts';
import { reportScope } from './reportScope.ts';

export function needsReport(ctx: HubContext, query: SummaryQuery): NeedsReport {
  const { period, heading } = reportScope(ctx, query);
  const inPeriod = `FROM ticket_needs n JOIN tickets t ON t.id = n.ticket_id WHERE t.issued_at >= ? AND t.issued_at < ?`;
  const interpreters = ctx.db
    .prepare<[number, number], { language: string; n: number }>(`SELECT n.interpreter AS language, COUNT(*) AS n ${inPeriod} AND n.interpreter IS NOT NULL GROUP BY n.interpreter ORDER BY n.interpreter`)
    .all(period.fromMs, period.toMs);
  const flags = ctx.db
    .prepare<[number, number], { privateRoom: number | null; urgent: number | null }>(`SELECT SUM(n.private_room) AS privateRoom, SUM(n.urgent) AS urgent ${inPeriod}`)
    .get(period.fromMs, period.toMs)!;
  return {
    from: heading.from,
    to: heading.to,
    interpreter: Object.fromEntries(interpreters.map((row) => [row.language, row.n])),
    privateRoom: flags.privateRoom ?? 0,
    urgent: flags.urgent ?? 0,
  };
}
