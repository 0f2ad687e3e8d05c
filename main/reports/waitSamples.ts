// The period's tickets as wait samples (common/stats/waitStats.ts). SQLite computes each ticket's group key, wait and
// flags from the covering index (migration 004), so only three numbers per ticket cross into JavaScript: turning a
// year of full rows into objects cost more than the whole report may take.
import type { Db } from '../db/openDatabase.ts';
import { FINISHED, NO_SHOW, NOT_SERVED, UNCALLED_PAST_TARGET, type WaitSample } from '../../common/stats/waitStats.ts';
import { IS_NO_SHOW_SQL, IS_NOT_SERVED_SQL, IS_SERVED_SQL, uncalledPastTargetSql, WAIT_MS_SQL } from '../../common/reports/ticketSql.ts';

export interface TicketSelection {
  /** SQL for the group of a ticket (an integer), over the columns of tickets and of `join`. */
  key: string;
  /** SQL selecting the tickets, with its ? parameters. */
  where: string;
  params: readonly number[];
  /** A common table expression the key needs, and how to join it (the time-zone offsets of byTime.ts). */
  with?: string;
  join?: string;
}

export function waitSamples(db: Db, selection: TicketSelection, targetMs: number, nowMs: number): WaitSample[] {
  return db
    .prepare<unknown[], WaitSample>(
      `${selection.with ? `WITH ${selection.with} ` : ''}
       SELECT ${selection.key}, ${WAIT_MS_SQL},
              (${IS_SERVED_SQL}) * ${FINISHED} + (${IS_NO_SHOW_SQL}) * ${NO_SHOW} + (${IS_NOT_SERVED_SQL}) * ${NOT_SERVED}
              + ${uncalledPastTargetSql('?', '?')} * ${UNCALLED_PAST_TARGET}
       FROM tickets ${selection.join ?? ''} WHERE ${selection.where}`,
    )
    .raw()
    .all(nowMs, targetMs, ...selection.params);
}
