// A period of the manager's choosing: the headline figures, the charts, per service and desk, the guides' recorded
// needs, what visitors wrote, and the CSV exports of the raw records.
import { useState } from 'preact/hooks';
import { useI18n } from '../../ui/i18n.tsx';
import { centreDate } from '../../ui/clockTime.ts';
import { daysBefore as dayBefore } from '../../common/time/zone.ts';
import { Notice } from '../../ui/Notice.tsx';
import { decimal, minutes, percent } from './format.ts';
import { PeriodCharts } from './PeriodCharts.tsx';
import { usePeriodReports } from './usePeriodReports.ts';
import { BreakdownTable } from './BreakdownTable.tsx';
import { Figure } from './Figure.tsx';
import { CommentList } from './CommentList.tsx';
import { NeedsTable } from './NeedsTable.tsx';

/** A day counted back from the centre's today. */
const daysBefore = (days: number, timeZone: string) => dayBefore(centreDate(Date.now(), timeZone), days);

export function PeriodView({ token }: { token: string | null }) {
  const { t, fmt } = useI18n();
  const [from, setFrom] = useState(() => daysBefore(27, fmt.timeZone));
  const [to, setTo] = useState(() => daysBefore(0, fmt.timeZone));
  const { reports, error } = usePeriodReports(from, to);
  // A plain link carries no Authorization header: the token goes in the address, a session's cookie by itself.
  const download = (file: string) => `/api/reports/${file}?${new URLSearchParams(token ? { from, to, token } : { from, to })}`;
  const s = reports?.summary;

  return (
    <section class="admin__section" aria-labelledby="period-heading">
      <h2 id="period-heading">{t('dashboard.period')}</h2>
      <div class="admin__form">
        <div class="admin__field">
          <label for="period-from">{t('dashboard.from')}</label>
          <input id="period-from" type="date" value={from} max={to} onChange={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)} />
        </div>
        <div class="admin__field">
          <label for="period-to">{t('dashboard.to')}</label>
          <input id="period-to" type="date" value={to} min={from} onChange={(e) => e.currentTarget.value && setTo(e.currentTarget.value)} />
        </div>
      </div>
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
