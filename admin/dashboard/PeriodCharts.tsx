// The period's three charts: waits by hour of day (when to add a desk), share within the target by day (which days
// missed it), and the survey by question (what visitors said). The day chart runs on the calendar: a closed weekend
// is a gap in the line, not two days drawn as if Friday and Monday were neighbours; its table lists the open days.
import { staffLanguage } from '../../common/i18n/languages.ts';
import { SURVEY_SOURCES, type SurveySource } from '../../common/schemas/survey.ts';
import { calendarDays } from '../../common/time/zone.ts';
import { useI18n } from '../../ui/i18n.tsx';
import type { PeriodReports } from './usePeriodReports.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { decimal, minutes, percent, toMinutes, toPercent } from './format.ts';

const BLUE = '#0a3d8f';
const ORANGE = '#b34700';
const GREEN = '#1f6b35';
/** Each survey source its own colour, the same in every chart. */
const SOURCE_COLOUR: Record<SurveySource, string> = { kiosk: BLUE, paper: ORANGE, phone: GREEN };

/** from, to: the period's first and last day as the manager chose them. */
export function PeriodCharts({ reports, from, to }: { reports: PeriodReports; from: string; to: string }) {
  const { t, lang, fmt } = useI18n();
  const openHours = reports.byHour.hours.filter((h) => h.issued > 0);
  const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}–${String(hour + 1).padStart(2, '0')}`;
  const { survey } = reports.summary;
  const questions = reports.config.questions.map((q) => ({ id: q.id, text: q.texts[staffLanguage(lang)] }));
  const mean = (means: (number | null)[], id: number) => means[id - 1] ?? null;
  const openDays = new Map(reports.byDay.days.map((d) => [d.day, d]));
  const calendar = calendarDays(from, to);

  return (
    <div class="charts">
      <ChartFigure
        id="chart-hours"
        title={t('dashboard.chart.byHour')}
        description={t('dashboard.chart.byHourDescription')}
        kind="bar"
        labels={openHours.map((h) => hourLabel(h.hour))}
        series={[
          { label: t('dashboard.medianWait'), values: openHours.map((h) => toMinutes(h.medianWaitSeconds)), colour: BLUE },
          { label: t('dashboard.p90Wait'), values: openHours.map((h) => toMinutes(h.p90WaitSeconds)), colour: ORANGE },
        ]}
        columns={[t('dashboard.hour'), t('dashboard.arrivals'), t('dashboard.medianWait'), t('dashboard.p90Wait'), t('dashboard.withinTarget')]}
        rows={openHours.map((h) => [hourLabel(h.hour), fmt.count(h.issued), minutes(fmt, h.medianWaitSeconds), minutes(fmt, h.p90WaitSeconds), percent(fmt, h.shareWithinTarget)])}
      />
      <ChartFigure
        id="chart-days"
        title={t('dashboard.chart.byDay', { minutes: reports.byDay.targetMinutes })}
        description={t('dashboard.chart.byDayDescription')}
        kind="line"
        labels={calendar.map((day) => fmt.weekdayAndDate(day))}
        series={[{ label: t('dashboard.withinTarget'), values: calendar.map((day) => toPercent(openDays.get(day)?.shareWithinTarget ?? null)), colour: GREEN }]}
        yMax={100}
        gaps
        columns={[t('dashboard.day'), t('dashboard.arrivals'), t('dashboard.overTarget'), t('dashboard.withinTarget')]}
        rows={reports.byDay.days.map((d) => [fmt.weekdayAndDate(d.day), fmt.count(d.issued), fmt.count(d.overTarget), percent(fmt, d.shareWithinTarget)])}
      />
      <ChartFigure
        id="chart-survey"
        title={t('dashboard.chart.survey')}
        description={t('dashboard.chart.surveyDescription')}
        kind="bar"
        labels={questions.map((q) => q.text)}
        series={SURVEY_SOURCES.map((source) => ({
          label: t(`report.source.${source}`),
          values: questions.map((q) => mean(survey.bySource[source].meanByQuestion, q.id)),
          colour: SOURCE_COLOUR[source],
        }))}
        yMax={5}
        columns={[t('dashboard.question'), t('dashboard.mean'), ...SURVEY_SOURCES.map((source) => t(`report.source.${source}`))]}
        rows={questions.map((q) => [
          q.text,
          decimal(fmt, mean(survey.meanByQuestion, q.id)),
          ...SURVEY_SOURCES.map((source) => decimal(fmt, mean(survey.bySource[source].meanByQuestion, q.id))),
        ])}
      />
    </div>
  );
}
