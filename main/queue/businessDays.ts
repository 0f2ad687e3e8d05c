// The turn of the centre's business day. At its first instant (or at start-up after the hub was off) the day is
// recorded as begun and open screens are told its date and zone (a time-zone change starts at such a moment); a row
// per day in business_days makes `day.started` happen once a day. Nothing leaves the waiting line at midnight: a
// visitor waiting at 23:55 is still called at 00:10. In the night's quiet hour after a day ended (02:30, when the
// nightly jobs run: main/backup/dailySchedule.ts) its tickets still waiting are closed as not served, ended then:
// the building closed before they were called. They are neither called tomorrow beside today's ticket of the same
// number nor left open for ever, and the manager's report counts them. Visits under way stay with their desk. In the
// same quiet hour the guides' notes of the day that ended are erased (they may hold personal data); the needs stay.
import type { HubContext } from '../context.ts';
import { nextDay, previousDay } from '../../common/time/zone.ts';
import { DAILY_RUN_AFTER_MIDNIGHT_MS } from '../backup/dailySchedule.ts';
import { ticketRow, toTicketView } from './ticketRows.ts';
import { eraseOldNotes } from './ticketNeeds.ts';

export interface DayTurn {
  /** The day begun by this turn, or null when it already was. */
  opened: { day: string; timeZone: string } | null;
  notServed: number;
  notesErased: number;
}

/** Records the current day as begun and closes what days that ended before the last quiet hour left waiting. */
export function turnBusinessDay(ctx: HubContext): DayTurn {
  return ctx.writer.write((emit, now) => {
    const calendar = ctx.calendar();
    const day = calendar.dayOf(now);
    const timeZone = calendar.zoneAt(now);
    const opened = ctx.db.prepare('INSERT OR IGNORE INTO business_days (day, time_zone, opened_at) VALUES (?, ?, ?)').run(day, timeZone, now).changes === 1;
    if (opened) emit({ type: 'day.started', day, timeZone });
    const leftovers = ctx.db
      .prepare<[string], { id: number; day: string }>(`SELECT id, day FROM tickets WHERE state = 'waiting' AND day < ? ORDER BY id`)
      .all(day);
    const close = ctx.db.prepare(`UPDATE tickets SET state = 'not-served', ended_at = ?, for_desk_id = NULL, goes_first = 0 WHERE id = ?`);
    let notServed = 0;
    for (const ticket of leftovers) {
      const closesAt = calendar.dayStartMs(nextDay(ticket.day)) + DAILY_RUN_AFTER_MIDNIGHT_MS;
      if (closesAt > now) continue;
      close.run(closesAt, ticket.id);
      emit({ type: 'ticket.not-served', ticket: toTicketView(ticketRow(ctx.db, ticket.id)!) });
      notServed++;
    }
    const quietHourPassed = now >= calendar.dayStartMs(day) + DAILY_RUN_AFTER_MIDNIGHT_MS;
    const notesErased = eraseOldNotes(ctx, quietHourPassed ? day : previousDay(day));
    return { opened: opened ? { day, timeZone } : null, notServed, notesErased };
  });
}

/** At most this long between looks at the clock: the quiet hour is met within it, and a clock set forward or a
 *  machine waking from sleep is noticed. */
const LOOK_AT_LEAST_EVERY_MS = 5 * 60_000;

export interface BusinessDays {
  stop(): void;
}

/** Turns the day now and again at each day's first instant and through the night. The timer never keeps the
 *  process alive. */
export function startBusinessDays(ctx: HubContext, log: (line: string) => void): BusinessDays {
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    try {
      const turn = turnBusinessDay(ctx);
      if (turn.opened) log(`business day ${turn.opened.day} begun (${turn.opened.timeZone})`);
      if (turn.notServed) log(`${turn.notServed} ticket(s) left waiting by an earlier day closed as not served`);
    } catch (error) {
      log(`could not turn the business day: ${(error as Error).message}`);
    }
    const now = ctx.clock();
    const calendar = ctx.calendar();
    const untilNext = calendar.dayStartMs(nextDay(calendar.dayOf(now))) - now;
    timer = setTimeout(tick, Math.min(Math.max(untilNext, 1_000), LOOK_AT_LEAST_EVERY_MS));
    timer.unref();
  };
  tick();
  return { stop: () => clearTimeout(timer) };
}
