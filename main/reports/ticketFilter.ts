// Which tickets a report reads: the period by issue time, narrowed to a service (the one the ticket was taken for)
// or a desk (the one that called it last). Answered from the covering indexes of migration 004.
import type { Period } from './reportPeriod.ts';

export interface RowFilter {
  serviceId?: number | undefined;
  deskId?: number | undefined;
}

export function ticketCondition(period: Period, filter: RowFilter = {}): { where: string; params: number[] } {
  const clauses = ['issued_at >= ?', 'issued_at < ?'];
  const params = [period.fromMs, period.toMs];
  if (filter.serviceId !== undefined) {
    clauses.push('issued_service_id = ?');
    params.push(filter.serviceId);
  }
  if (filter.deskId !== undefined) {
    clauses.push('desk_id = ?');
    params.push(filter.deskId);
  }
  return { where: clauses.join(' AND '), params };
}
