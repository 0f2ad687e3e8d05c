// Each site's report period read as the site itself reads it: its days from the calendar it sent (centreCalendar),
// its current wait target (as a hub applies its current target to all its history), the shared period rule. The
// period is then cut into what the rollups answer (whole business days, whole months among them) and the raw edges
// of a period given as timestamps.
import type { CentralDb } from '../db/centralDb.ts';
import type { CentralSiteFacts } from '../../../common/schemas/central.ts';
import type { SummaryQuery } from '../../../common/schemas/reports.ts';
import { centreCalendar, type CentreCalendar } from '../../../common/time/centreCalendar.ts';
import { wholeDays, type Period } from '../../../common/reports/period.ts';
import { nextDay, previousDay } from '../../../common/time/zone.ts';
import { DEFAULT_SETTINGS } from '../../settings.ts';
import { reportPeriod } from '../../reports/reportPeriod.ts';

export interface DayRange {
  first: string;
  last: string;
}

export interface SiteScope {
  siteId: number;
  name: string;
  lastSyncAt: string | null;
  calendar: CentreCalendar;
  timeZone: string;
  targetMinutes: number;
  targetMs: number;
  period: Period;
  heading: { from: string; to: string };
  /** The business days wholly inside the period (visit_days, response_days); of them the whole months, by their
   *  first days (wait_months), and the days outside those months (wait_days). */
  whole: DayRange | null;
  months: DayRange | null;
  days: DayRange[];
  /** Parts of the period outside whole days (a period given as timestamps): read from the raw rows. */
  edges: Period[];
}

interface SiteRow {
  id: number;
  name: string;
  last_sync_at: Date | null;
  facts: CentralSiteFacts | null;
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;

/** The whole months of a day range (as first days), and the days before and after them. */
function splitMonths(range: DayRange): { months: DayRange | null; days: DayRange[] } {
  const firstMonth = range.first.endsWith('-01') ? range.first : monthStart(addMonth(range.first));
  const lastMonth = nextDay(range.last).endsWith('-01') ? monthStart(range.last) : monthStart(previousMonth(range.last));
  if (firstMonth > lastMonth) return { months: null, days: [range] };
  const afterMonths = monthStart(addMonth(lastMonth));
  const days: DayRange[] = [];
  if (range.first < firstMonth) days.push({ first: range.first, last: previousDay(firstMonth) });
  if (afterMonths <= range.last) days.push({ first: afterMonths, last: range.last });
  return { months: { first: firstMonth, last: lastMonth }, days };
}

function addMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

function previousMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12-01` : `${year}-${String(month - 1).padStart(2, '0')}-01`;
}

export function scopeOf(site: SiteRow, query: SummaryQuery, nowMs: number): SiteScope {
  // A site that has never pushed has sent no calendar or target yet: its (empty) figures are read as a new hub's.
  const facts = site.facts;
  const calendar = facts ? centreCalendar(facts.calendar.firstZone, facts.calendar.changes) : centreCalendar(DEFAULT_SETTINGS.timeZone);
  const targetMinutes = facts?.waitTargetMinutes ?? DEFAULT_SETTINGS.waitTargetMinutes;
  const period = reportPeriod(query, nowMs, calendar);
  const whole = wholeDays(period, calendar);
  const edges = whole
    ? [
        { fromMs: period.fromMs, toMs: calendar.dayStartMs(whole.first) },
        { fromMs: calendar.dayStartMs(nextDay(whole.last)), toMs: period.toMs },
      ].filter((edge) => edge.toMs > edge.fromMs)
    : [period];
  return {
    siteId: site.id,
    name: site.name,
    lastSyncAt: site.last_sync_at?.toISOString() ?? null,
    calendar,
    timeZone: calendar.zoneAt(nowMs),
    targetMinutes,
    targetMs: targetMinutes * 60_000,
    period,
    heading: { from: new Date(period.fromMs).toISOString(), to: new Date(period.toMs).toISOString() },
    whole,
    ...(whole ? splitMonths(whole) : { months: null, days: [] }),
    edges,
  };
}

export async function siteScopes(db: CentralDb, query: SummaryQuery, nowMs: number): Promise<SiteScope[]> {
  const sites = (await db.query<SiteRow>('SELECT id, name, last_sync_at, facts FROM sites ORDER BY id')).rows;
  return sites.map((site) => scopeOf(site, query, nowMs));
}
