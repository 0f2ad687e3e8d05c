// A period of the manager's choosing: the headline figures, the charts, per service and desk, the guides' recorded
// needs, what visitors wrote, and the CSV exports of the raw records.
import { useI18n } from '../../ui/i18n.tsx';
import { PeriodPicker, usePeriod } from './PeriodPicker.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { decimal, minutes, percent } from './format.ts';
import { PeriodCharts } from './PeriodCharts.tsx';
import { usePeriodReports } from './usePeriodReports.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { Figure } from './Figure.tsx';
import { CommentList } from './CommentList.tsx';
import { NeedsTable } from './NeedsTable.tsx';

export function PeriodView({ token }: { token: string | null }) {
  const { t, fmt } = useI18n();
  const period = usePeriod();
  const { from, to } = period;
  const { reports, error } = usePeriodReports(from, to);
  // A plain link carries no Authorization header: the token goes in the address, a session's cookie by itself.
  const download = (file: string) => `/api/reports/${file}?${new URLSearchParams(token ? { from, to, token } : { from, to })}`;
  const s = reports?.summary;

  return (
    <section class="admin__section" aria-labelledby="period-heading">
      <h2 id="period-heading">{t('dashboard.period')}</h2>
      <PeriodPicker period={period} />
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {!s || !reports ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <dl class="figures">
            <Figure label={t('dashboard.visits')} value={fmt.count(s.ticketsIssued)} name="visits" />
            <Figure label={t('dashboard.served')} value={fmt.count(s.served)} />
            <Figure label={t('dashboard.noShows')} value={fmt.count(s.noShows)} />
            <Figure label={t('dashboard.overTargetLong', { minutes: s.wait.targetMinutes })} value={fmt.count(s.wait.overTarget)} name="over-target" />
            <Figure label={t('dashboard.withinTarget')} value={percent(fmt, s.wait.shareWithinTarget)} />
            <Figure label={t('dashboard.medianWait')} value={minutes(fmt, s.wait.medianSeconds)} />
            <Figure label={t('dashboard.p90Wait')} value={minutes(fmt, s.wait.p90Seconds)} />
            <Figure label={t('dashboard.responses')} value={fmt.count(s.survey.responses)} />
            <Figure label={t('dashboard.netScore')} value={decimal(fmt, s.survey.netScore.score)} />
          </dl>
          <PeriodCharts reports={reports} from={from} to={to} />
          <BreakdownTable breakdown={reports.breakdown} />
          <NeedsTable from={from} to={to} />
          <CommentList from={from} to={to} />
          <h3>{t('dashboard.export')}</h3>
          <ul class="admin__links">
            <li>
              <a href={download('visits.csv')} download>
                {t('dashboard.exportVisits')}
              </a>
            </li>
            <li>
              <a href={download('survey.csv')} download>
                {t('dashboard.exportSurvey')}
              </a>
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
