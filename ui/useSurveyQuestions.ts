// The questions the administrator set up, in the visitor's language, and the idle reset time. Until the hub answers
// the survey cannot start; it retries quietly, as a screen switched on before the hub must come up by itself.
import { useEffect, useState } from 'preact/hooks';
import { SurveyQuestions } from '../common/schemas/survey.ts';
import type { LanguageCode } from '../common/i18n/languages.ts';
import { apiGet } from './apiClient.ts';

const RETRY_MS = 3_000;

export function useSurveyQuestions(lang: LanguageCode): SurveyQuestions | null {
  const [loaded, setLoaded] = useState<SurveyQuestions | null>(null);
  useEffect(() => {
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      apiGet(`/api/survey/questions?lang=${lang}`, SurveyQuestions).then(
        (questions) => !stopped && setLoaded(questions),
        () => {
          if (!stopped) retry = setTimeout(load, RETRY_MS);
        },
      );
    void load();
    return () => {
      stopped = true;
      clearTimeout(retry);
    };
  }, [lang]);
  return loaded;
}
