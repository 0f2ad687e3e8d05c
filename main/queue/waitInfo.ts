// "3 before you, about 12 minutes": the visitor's place and estimate, from the waiting line and from how long this
// service's recent visits really took.
import type { Db } from '../db/openDatabase.ts';
import { countAhead } from '../../common/queue/waitingOrder.ts';
import { estimateWaitMinutes } from '../../common/queue/waitEstimate.ts';
import type { TicketRow } from './ticketRows.ts';

const RECENT_VISITS = 20;

export function waitInfo(db: Db, ticket: TicketRow): { ahead: number; estimatedWaitMinutes: number } {
  if (ticket.state !== 'waiting') return { ahead: 0, estimatedWaitMinutes: 0 };
  const waiting = db
    .prepare<[number], { id: number; serviceId: number; queuedAtMs: number }>(
      `SELECT id, service_id AS serviceId, queued_at AS queuedAtMs FROM tickets WHERE state = 'waiting' AND service_id = ?`,
    )
    .all(ticket.service_id);
  const ahead = countAhead(waiting, { id: ticket.id, serviceId: ticket.service_id, queuedAtMs: ticket.queued_at });
  const recentServiceSeconds = db
    .prepare<[number, number], number>(
      `SELECT (ended_at - COALESCE(started_at, called_at)) / 1000.0 FROM visits
       WHERE service_id = ? AND outcome = 'finished' ORDER BY ended_at DESC LIMIT ?`,
    )
    .pluck()
    .all(ticket.service_id, RECENT_VISITS);
  const desksServing = db.prepare<[number], number>('SELECT COUNT(*) FROM desk_services WHERE service_id = ?').pluck().get(ticket.service_id) ?? 0;
  return { ahead, estimatedWaitMinutes: estimateWaitMinutes({ ahead, recentServiceSeconds, desksServing }) };
}
