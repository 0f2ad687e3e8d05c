// The one picture: every site's figures for a period side by side with the municipality's total (the same figures
// as each site's own dashboard, computed by the same definitions), which sites are behind in sending, the days of
// each site as charts with their tables, and the comparison as CSV.
import { useEffect, useState } from 'preact/hooks';
import { CentralByDay, CentralSummary } from '../common/schemas/central.ts';
import { calendarDays } from '../common/time/zone.ts';
import { apiGet } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { ChartFigure } from '../admin/dashboard/ChartFigure.tsx';
import { decimal, minutes, percent, toMinutes } from '../admin/dashboard/format.ts';
import { PeriodPicker, usePeriod } from '../admin/dashboard/PeriodPicker.tsx';

type Summary = CentralSummary;
type SiteFigures = Summary['sites'][number];
type Days = { sites: CentralByDay['sites'] };

/** A site that has sent nothing for this long is shown as behind: an open centre syncs within a minute. */
const BEHIND_AFTER_MS = 60 * 60_000;
/** Distinct at 3:1 against white and from each other; the tables carry every number for whoever cannot tell them apart. */
const COLOURS = ['#0a3d8f', '#b34700', '#1f6b35', '#7a1f7a', '#5c4a00', '#a3123a'];

const isBehind = (site: SiteFigures, now: number) => site.lastSyncAt === null || now - Date.parse(site.lastSyncAt) > BEHIND_AFTER_MS;

function usePicture(from: string, to: string) {
  const [picture, setPicture] = useState<{ summary: Summary; days: Days } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const period = `?${new URLSearchParams({ from, to })}`;
    setError(null);
    Promise.all([apiGet(`/api/central/summary${period}`, CentralSummary), apiGet(`/api/central/by-day${period}`, CentralByDay)]).then(
      ([summary, days]) => setPicture({ summary, days }),
      (e: Error) => setError(e.message),
    );
  }, [from, to]);
  return { picture, error };
}

function ComparisonTable({ summary }: { summary: Summary }) {
  const { t, fmt } = useI18n();
  const now = Date.now();
  const row = (name: string, s: Summary['total'], sync: string, key: string, total = false) => (
    <tr key={key} class={total ? 'central__total' : undefined}>
      <th scope="row">{name}</th>
      <td>{sync}</td>
      <td>{fmt.count(s.ticketsIssued)}</td>
      <td>{fmt.count(s.served)}</td>
      <td>{fmt.count(s.noShows)}</td>
      <td>{minutes(fmt, s.wait.medianSeconds)}</td>
      <td>{minutes(fmt, s.wait.p90Seconds)}</td>
      <td>{s.wait.targetMinutes === null ? percent(fmt, s.wait.shareWithinTarget) : t('centralApp.picture.withinOf', { share: percent(fmt, s.wait.shareWithinTarget), minutes: s.wait.targetMinutes })}</td>
      <td>{fmt.count(s.survey.responses)}</td>
      <td>{s.survey.meanByQuestion.map((mean) => decimal(fmt, mean)).join(' · ')}</td>
      <td>{decimal(fmt, s.survey.netScore.score)}</td>
    </tr>
  );
  const syncText = (site: SiteFigures) =>
    site.lastSyncAt === null ? t('centralApp.picture.neverSynced') : isBehind(site, now) ? t('centralApp.picture.behindSince', { when: fmt.dayAndTime(site.lastSyncAt) }) : t('centralApp.picture.current', { when: fmt.time(site.lastSyncAt) });
  return (
    <div class="central__scroll" tabIndex={0} role="region" aria-labelledby="comparison-heading">
      <table class="central__comparison">
        <caption id="comparison-heading">{t('centralApp.picture.comparison')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('centralApp.picture.site')}</th>
            <th scope="col">{t('centralApp.picture.sync')}</th>
            <th scope="col">{t('dashboard.visits')}</th>
            <th scope="col">{t('dashboard.served')}</th>
            <th scope="col">{t('dashboard.noShows')}</th>
            <th scope="col">{t('dashboard.medianWait')}</th>
            <th scope="col">{t('dashboard.p90Wait')}</th>
            <th scope="col">{t('dashboard.withinTarget')}</th>
            <th scope="col">{t('dashboard.responses')}</th>
            <th scope="col">{t('centralApp.picture.meanByQuestion')}</th>
            <th scope="col">{t('dashboard.netScore')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.sites.map((site) => row(site.name, site, syncText(site), String(site.siteId)))}
          {row(t('centralApp.picture.total'), summary.total, '', 'total', true)}
        </tbody>
      </table>
    </div>
  );
}

function DayCharts({ days, from, to }: { days: Days; from: string; to: string }) {
  const { t, fmt } = useI18n();
  const calendar = calendarDays(from, to);
  const byDay = days.sites.map((site) => ({ name: site.name, days: new Map(site.days.map((d) => [d.day, d])) }));
  const openDays = calendar.filter((day) => byDay.some((site) => site.days.has(day)));
  const cell = (site: (typeof byDay)[number], day: string, pick: (d: CentralByDay['sites'][number]['days'][number]) => string) => {
    const figures = site.days.get(day);
    return figures ? pick(figures) : '–';
  };
  return (
    <div class="charts">
      <ChartFigure
        id="chart-site-visits"
        title={t('centralApp.picture.visitsByDay')}
        description={t('centralApp.picture.visitsByDayDescription')}
        kind="bar"
        labels={calendar.map((day) => fmt.weekdayAndDate(day))}
        series={byDay.map((site, i) => ({ label: site.name, values: calendar.map((day) => site.days.get(day)?.issued ?? 0), colour: COLOURS[i % COLOURS.length]! }))}
        columns={[t('dashboard.day'), ...byDay.map((site) => site.name)]}
        rows={openDays.map((day) => [fmt.weekdayAndDate(day), ...byDay.map((site) => cell(site, day, (d) => fmt.count(d.issued)))])}
      />
      <ChartFigure
        id="chart-site-waits"
        title={t('centralApp.picture.waitByDay')}
        description={t('centralApp.picture.waitByDayDescription')}
        kind="line"
        gaps
        labels={calendar.map((day) => fmt.weekdayAndDate(day))}
        series={byDay.map((site, i) => ({ label: site.name, values: calendar.map((day) => toMinutes(site.days.get(day)?.medianWaitSeconds ?? null)), colour: COLOURS[i % COLOURS.length]! }))}
        columns={[t('dashboard.day'), ...byDay.map((site) => site.name)]}
        rows={openDays.map((day) => [fmt.weekdayAndDate(day), ...byDay.map((site) => cell(site, day, (d) => minutes(fmt, d.medianWaitSeconds)))])}
      />
    </div>
  );
}

export function PictureView() {
  const { t, fmt } = useI18n();
  const period = usePeriod();
  const { from, to } = period;
  const { picture, error } = usePicture(from, to);
  const behind = picture?.summary.sites.filter((site) => isBehind(site, Date.now())) ?? [];

  return (
    <section class="admin__section" aria-labelledby="picture-heading">
      <h2 id="picture-heading">{t('centralApp.picture.title')}</h2>
      <PeriodPicker period={period}>
        <a class="button secondary" href={`/api/central/summary.csv?${new URLSearchParams({ from, to })}`} download>
          {t('centralApp.picture.csv')}
        </a>
      </PeriodPicker>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {!picture ? (
        <p>{t('common.loading')}</p>
      ) : picture.summary.sites.length === 0 ? (
        <p>{t('centralApp.picture.noSites')}</p>
      ) : (
        <>
          {behind.length > 0 ? (
            <Notice kind="error">{t('centralApp.picture.behind', { count: behind.length, names: behind.map((site) => site.name).join(', ') })}</Notice>
          ) : (
            <p>{t('centralApp.picture.allCurrent')}</p>
          )}
          <ComparisonTable summary={picture.summary} />
          <DayCharts days={picture.days} from={from} to={to} />
        </>
      )}
    </section>
  );
}
