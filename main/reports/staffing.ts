// The staffing forecast (GET /api/reports/staffing): for each hour of each day asked for, the desks needed to keep
// the wait target, from the centre's own history; and for days that have passed, the desks that were open and how
// the hour's visitors fared. The database gives counts and times; common/stats/staffing.ts does the arithmetic.
import type { HubContext } from '../context.ts';
import { STAFFING_MAX_DAYS, type Staffing, type StaffingQuery } from '../../common/schemas/reports.ts';
import { countByHour, dayHours, hourOf, type HourSpan } from '../../common/time/dayHours.ts';
import { businessDay, dayStartMs, calendarDays } from '../../common/time/zone.ts';
import {
  isoWeekday,
  meanPerHour,
  recentSameWeekdays,
  SERVICE_TIME_DAYS,
  skippedHour,
  staffingHour,
  type HourActual,
  type Target,
} from '../../common/stats/staffing.ts';
import { getServiceSettings } from '../catalogue/services.ts';
import { invalid } from '../problems.ts';
import { SERVICE_MS_SQL } from './serviceTime.ts';

const DAY = 86_400_000;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const addDays = (day: string, days: number) => new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);

function calendar(from: string, to: string): string[] {
  const span = daysBetween(from, to);
  if (span < 0) throw invalid('period-invalid', `"to" (${to}) is before "from" (${from})`);
  if (span + 1 > STAFFING_MAX_DAYS) throw invalid('period-too-long', `the staffing report covers at most ${STAFFING_MAX_DAYS} days; ${from} to ${to} is ${span + 1}`);
  return calendarDays(from, to);
}

export function staffing(ctx: HubContext, query: StaffingQuery): Staffing {
  const days = calendar(query.from, query.to);
  const settings = ctx.settings();
  const { timeZone } = settings;
  const serviceId = query.serviceId;
  const ownTarget = serviceId === undefined ? null : getServiceSettings(ctx, serviceId).waitTargetMinutes;
  const target: Target = { targetMinutes: ownTarget ?? settings.waitTargetMinutes, targetShare: settings.targetShare };
  const forService = serviceId === undefined ? '' : `AND issued_service_id = ${Math.trunc(serviceId)}`;

  const issuedIn = ctx.db.prepare<[number, number], number>(`SELECT issued_at FROM tickets WHERE issued_at >= ? AND issued_at < ? ${forService}`).pluck();
  const hoursOf = (day: string) => dayHours(day, timeZone);
  // The hours cover the day without gaps, so the day runs from the first hour's start to the last one's end.
  const spanOf = (hours: readonly (HourSpan | null)[]) => {
    const spans = hours.filter((h) => h !== null);
    return { fromMs: spans[0]!.fromMs, toMs: spans.at(-1)!.toMs };
  };

  // Expected arrivals: the same weekday's recent open days, which are the same for every such weekday of the period.
  const openDays = ctx.db.prepare<[string], string>('SELECT DISTINCT day FROM tickets WHERE day < ? ORDER BY day DESC').pluck().iterate(query.from);
  const history = recentSameWeekdays(openDays, new Set(days.slice(0, 7).map(isoWeekday)));
  const expected = new Map(
    [...history].map(([weekday, pastDays]) => {
      const counts = pastDays.map((day) => {
        const hours = hoursOf(day);
        const span = spanOf(hours);
        return countByHour(issuedIn.all(span.fromMs, span.toMs), hours);
      });
      return [weekday, meanPerHour(counts)];
    }),
  );

  const serviceFrom = dayStartMs(addDays(query.from, -SERVICE_TIME_DAYS), timeZone);
  const meanServiceSeconds = ctx.db
    .prepare<[number, number], number | null>(
      `SELECT AVG(ROUND(ms / 1000.0)) FROM (SELECT ${SERVICE_MS_SQL} AS ms FROM tickets t WHERE issued_at >= ? AND issued_at < ? ${forService}) WHERE ms IS NOT NULL`,
    )
    .pluck()
    .get(serviceFrom, dayStartMs(query.from, timeZone));
  const meanServiceMinutes = meanServiceSeconds === null || meanServiceSeconds === undefined ? null : meanServiceSeconds / 60;

  const today = businessDay(ctx.clock(), timeZone);
  const targetMs = target.targetMinutes * 60_000;
  const ticketsIn = ctx.db
    .prepare<[number, number], [number, number | null]>(`SELECT issued_at, first_called_at FROM tickets WHERE issued_at >= ? AND issued_at < ? ${forService}`)
    .raw();
  const callsIn = ctx.db
    .prepare<[number, number], [number, number]>(
      `SELECT v.called_at, v.desk_id FROM visits v ${serviceId === undefined ? '' : 'JOIN tickets ON tickets.id = v.ticket_id'}
       WHERE v.called_at >= ? AND v.called_at < ? ${forService}`,
    )
    .raw();

  /** What happened in each hour of a day that has passed. */
  function actuals(hours: readonly (HourSpan | null)[]): HourActual[] {
    const span = spanOf(hours);
    const byHour = hours.map(() => ({ issued: 0, calledWithinTarget: 0, desks: new Set<number>() }));
    for (const [issuedAt, firstCalledAt] of ticketsIn.all(span.fromMs, span.toMs)) {
      const hour = byHour[hourOf(hours, issuedAt)]!;
      hour.issued++;
      if (firstCalledAt !== null && firstCalledAt - issuedAt <= targetMs) hour.calledWithinTarget++;
    }
    for (const [calledAt, deskId] of callsIn.all(span.fromMs, span.toMs)) byHour[hourOf(hours, calledAt)]!.desks.add(deskId);
    return byHour.map((h) => ({ issued: h.issued, calledWithinTarget: h.calledWithinTarget, desksOpen: h.desks.size }));
  }

  return {
    ...target,
    days: days.map((date) => {
      const hours = hoursOf(date);
      const arrivals = expected.get(isoWeekday(date))!;
      const actual = date < today ? actuals(hours) : null;
      return {
        date,
        hours: hours.map((span, hour) => (span === null ? skippedHour(hour) : staffingHour(hour, arrivals[hour]!, meanServiceMinutes, target, actual?.[hour] ?? null))),
      };
    }),
  };
}
