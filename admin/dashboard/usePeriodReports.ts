// Everything the period view shows, loaded together for one period: a half-updated dashboard would mix periods.
import { useEffect, useState } from 'preact/hooks';
import { Breakdown, ByDay, ByHour, FilteredSummary } from '../../common/schemas/reports.ts';
import { SurveyConfig } from '../../common/schemas/survey.ts';
import { apiGet } from '../../ui/apiClient.ts';

export interface PeriodReports {
  summary: FilteredSummary;
  byHour: ByHour;
  byDay: ByDay;
  breakdown: Breakdown;
  config: SurveyConfig;
}

export function usePeriodReports(from: string, to: string): { reports: PeriodReports | null; error: string | null } {
  const [reports, setReports] = useState<PeriodReports | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const period = `?${new URLSearchParams({ from, to })}`;
    setError(null);
    Promise.all([
      apiGet(`/api/reports/summary${period}`, FilteredSummary),
      apiGet(`/api/reports/by-hour${period}`, ByHour),
      apiGet(`/api/reports/by-day${period}`, ByDay),
      apiGet(`/api/reports/breakdown${period}`, Breakdown),
      apiGet('/api/survey/config', SurveyConfig),
    ]).then(
      ([summary, byHour, byDay, breakdown, config]) => current && setReports({ summary, byHour, byDay, breakdown, config }),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [from, to]);
  return { reports, error };
}
