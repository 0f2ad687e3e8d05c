// The ticket figures' definitions as SQL over a site's ticket rows (the hub's `tickets`, the central service's
// `site_visits`: the same column names and meanings), written once so both engines count the same tickets. The
// fragments are plain SQL that SQLite and PostgreSQL read alike; only how each engine aggregates them differs.

/** The wait to the first call, ms (NULL for a ticket never called). */
export const WAIT_MS_SQL = '(first_called_at - issued_at)';
export const IS_SERVED_SQL = "state = 'finished'";
export const IS_NO_SHOW_SQL = "state = 'no-show'";
export const IS_NOT_SERVED_SQL = "state = 'not-served'";
/** Never called, and waiting (or gone) longer than the target: counted outside it. */
export const uncalledPastTargetSql = (nowMs: string, targetMs: string) =>
  `(first_called_at IS NULL AND COALESCE(ended_at, ${nowMs}) - issued_at > ${targetMs})`;

const HOUR = 3_600_000;
const DAY = 86_400_000;
/** Local time is UTC plus the offset of the stretch the ticket was issued in (a `seg(start, stop, shift)` joined on
 *  issued_at, from CentreCalendar.offsetSegments): neither engine is asked about time zones. */
const LOCAL = '(issued_at + seg.shift)';
export const LOCAL_HOUR_SQL = `((${LOCAL} / ${HOUR}) % 24)`;
/** 1970-01-01 was a Thursday: ISO weekday 1 (Monday) … 7 (Sunday). */
export const LOCAL_WEEKDAY_SQL = `(((${LOCAL} / ${DAY}) + 3) % 7 + 1)`;
export const LOCAL_DAY_NUMBER_SQL = `(${LOCAL} / ${DAY})`;
/** By-hour's group key: weekday × 100 + hour. */
export const WEEKDAY_HOUR_SQL = `${LOCAL_WEEKDAY_SQL} * 100 + ${LOCAL_HOUR_SQL}`;

/** The offset stretches as a VALUES list (integer literals the server computed) and how tickets join them. */
export function segmentsSql(segments: readonly { fromMs: number; toMs: number; offsetMs: number }[]): { with: string; join: string } {
  const rows = segments.map((s) => `(${Math.trunc(s.fromMs)}, ${Math.trunc(s.toMs)}, ${Math.trunc(s.offsetMs)})`).join(', ');
  return { with: `seg(start, stop, shift) AS (VALUES ${rows})`, join: 'JOIN seg ON issued_at >= seg.start AND issued_at < seg.stop' };
}

/** The day number of LOCAL_DAY_NUMBER_SQL as the day it names. */
export const dayOfNumber = (dayNumber: number) => new Date(dayNumber * DAY).toISOString().slice(0, 10);
