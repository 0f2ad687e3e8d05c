// The staffing forecast on the dashboard: next week as a grid of desks needed per hour, and this week's past days and
// last week as needed against open, the understaffed hours marked in words as well as colour.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Staffing } from '../../common/schemas/reports.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { centreDate } from '../../ui/clockTime.ts';
import { daysBefore } from '../../common/time/zone.ts';
import { isoWeekday } from '../../common/stats/staffing.ts';
import './dashboard.css';

type Day = Staffing['days'][number];
type Hour = Day['hours'][number];

const addDays = (day: string, days: number) => daysBefore(day, -days);
const two = (hour: number) => String(hour).padStart(2, '0');

/** Next week and the two latest weeks with a day gone by (on a Monday: last week and the one before), by Mondays,
 *  counted from the centre's today rather than the browser's. */
function weeks(timeZone: string) {
  const today = centreDate(Date.now(), timeZone);
  const sinceMonday = isoWeekday(today) - 1;
  const monday = addDays(today, -sinceMonday);
  const latestPast = sinceMonday === 0 ? addDays(monday, -7) : monday;
  return { next: addDays(monday, 7), past: [latestPast, addDays(latestPast, -7)] };
}

const busy = (h: Hour) => (h.expectedArrivals ?? 0) > 0 || (h.desksOpen ?? 0) > 0;
const understaffed = (h: Hour) => h.desksNeeded !== null && h.desksOpen !== null && h.desksOpen < h.desksNeeded;

function useStaffing(from: string): { report: Staffing | null; error: string | null } {
  const [report, setReport] = useState<Staffing | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    apiGet(`/api/reports/staffing?from=${from}&to=${addDays(from, 6)}`, Staffing).then(setReport, (e: Error) => setError(e.message));
  }, [from]);
  return { report, error };
}

function StaffingGrid({ caption, report, hours, past }: { caption: string; report: Staffing; hours: number[]; past: boolean }) {
  const { t, fmt } = useI18n();
  // Past weeks show only the days gone by; the days without anything (a closed Sunday) are left out.
  const days = report.days.filter((d) => d.hours.some(busy) && (!past || d.hours.some((h) => h.desksOpen !== null)));
  if (days.length === 0) return <p>{t('staffing.noHistory')}</p>;
  const number = (value: number | null) => (value === null ? '–' : fmt.count(value));
  return (
    <div class="table-scroll">
      <table class="staffing">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.hour')}</th>
            {days.map((d) => (
              <th scope="col" class="number" key={d.date}>
                <time dateTime={d.date}>{fmt.weekdayAndDate(d.date)}</time>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour}>
              <th scope="row">{`${two(hour)}–${two((hour + 1) % 24)}`}</th>
              {days.map((d) => {
                const h = d.hours[hour]!;
                const short = past && understaffed(h);
                return (
                  <td class={`number staffing__cell${short ? ' staffing__cell--short' : ''}`} key={d.date}>
                    {past ? (
                      <>
                        <span class="staffing__main">
                          {short && <span aria-hidden="true">▲ </span>}
                          {t('staffing.neededOpen', { needed: number(h.desksNeeded), open: number(h.desksOpen) })}
                        </span>
                        {short && <span class="visually-hidden">{t('staffing.understaffed')}</span>}
                        <span class="staffing__sub">{fmt.percent(h.shareWithinTarget)}</span>
                      </>
                    ) : (
                      <>
                        <span class="staffing__main">{number(h.desksNeeded)}</span>
                        <span class="staffing__sub">{fmt.decimal(h.expectedArrivals)}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StaffingView() {
  const { t, fmt } = useI18n();
  const { next, past } = useMemo(() => weeks(fmt.timeZone), [fmt.timeZone]);
  const upcoming = useStaffing(next);
  const lastWeek = useStaffing(past[0]!);
  const weekBefore = useStaffing(past[1]!);
  const loaded = [upcoming, lastWeek, weekBefore];
  const error = loaded.find((l) => l.error !== null)?.error ?? null;
  const reports = loaded.map((l) => l.report);
  const [nextReport, lastReport, beforeReport] = reports;
  const weekOf = (monday: string) => t('staffing.weekOf', { from: fmt.dayAndMonth(monday), to: fmt.dayAndMonth(addDays(monday, 6)) });

  // One set of rows for every grid, the hours anything happened or is expected, so the weeks line up.
  const hours = useMemo(
    () => Array.from({ length: 24 }, (_, hour) => hour).filter((hour) => reports.some((r) => r?.days.some((d) => busy(d.hours[hour]!)))),
    reports,
  );

  return (
    <section class="admin__section" aria-labelledby="staffing-heading">
      <h2 id="staffing-heading">{t('staffing.title')}</h2>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {!nextReport || !lastReport || !beforeReport ? (
        error === null && <p>{t('common.loading')}</p>
      ) : (
        <>
          <p class="field-hint">
            {t('staffing.explain', {
              share: fmt.percent(nextReport.targetShare),
              minutes: fmt.count(nextReport.targetMinutes),
            })}
          </p>
          <StaffingGrid caption={t('staffing.nextWeek', { week: weekOf(next) })} report={nextReport} hours={hours} past={false} />
          <p class="field-hint">{t('staffing.pastExplain')}</p>
          <StaffingGrid caption={t('staffing.pastWeek', { week: weekOf(past[0]!) })} report={lastReport} hours={hours} past />
          <StaffingGrid caption={t('staffing.pastWeek', { week: weekOf(past[1]!) })} report={beforeReport} hours={hours} past />
        </>
      )}
    </section>
  );
}
