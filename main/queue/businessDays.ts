// The turn of the centre's business day. When a day begins (at its midnight, or at start-up after the hub was off),
// every ticket still waiting from an earlier day is closed as not served, ended at the close of its own day: the
// building closed before it was called. It neither vanishes from the record nor is called tomorrow beside today's
// ticket of the same number, and the manager's report counts it. Visits under way stay with their desk and are
// finished there (main/queue/ticketRows.ts). A row per day in business_days makes `day.started` happen once a day;
// it also tells open screens the new day and the zone in force (a time-zone change starts at such a moment).
import type { HubContext } from '../context.ts';
import { nextDay } from '../../common/time/zone.ts';
import { ticketRow, toTicketView } from './ticketRows.ts';

export interface OpenedDay {
  day: string;
  timeZone: string;
  notServed: number;
}

/** Closes what earlier days left waiting and records the current day as begun; null when it already was. */
export function openBusinessDay(ctx: HubContext): OpenedDay | null {
  return ctx.writer.write((emit, now) => {
    const calendar = ctx.calendar();
    const day = calendar.dayOf(now);
    const leftovers = ctx.db
      .prepare<[string], { id: number; day: string }>(`SELECT id, day FROM tickets WHERE state = 'waiting' AND day < ? ORDER BY id`)
      .all(day);
    const close = ctx.db.prepare(`UPDATE tickets SET state = 'not-served', ended_at = ?, for_desk_id = NULL, goes_first = 0 WHERE id = ?`);
    for (const ticket of leftovers) {
      close.run(Math.min(calendar.dayStartMs(nextDay(ticket.day)), now), ticket.id);
      emit({ type: 'ticket.not-served', ticket: toTicketView(ticketRow(ctx.db, ticket.id)!) });
    }
    const timeZone = calendar.zoneAt(now);
    const opened = ctx.db.prepare('INSERT OR IGNORE INTO business_days (day, time_zone, opened_at) VALUES (?, ?, ?)').run(day, timeZone, now).changes === 1;
    if (!opened) return null;
    emit({ type: 'day.started', day, timeZone, notServed: leftovers.length });
    return { day, timeZone, notServed: leftovers.length };
  });
}

/** At most this long between looks at the clock, so a clock set forward or a machine waking from sleep is noticed. */
const LOOK_AT_LEAST_EVERY_MS = 10 * 60_000;

export interface BusinessDays {
  stop(): void;
}

/** Opens the current day now and each following one at its first second. The timer never keeps the process alive. */
export function startBusinessDays(ctx: HubContext, log: (line: string) => void): BusinessDays {
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    try {
      const opened = openBusinessDay(ctx);
      if (opened) log(`business day ${opened.day} begun (${opened.timeZone})${opened.notServed ? `; ${opened.notServed} ticket(s) left waiting closed as not served` : ''}`);
    } catch (error) {
      log(`could not begin the business day: ${(error as Error).message}`);
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
