// The municipality's five survey questions: sites whose administrator opted in (Admin → Centre settings) take them
// over at their next sync, so every such site asks the same questions in the same slots and can be compared.
import { useEffect, useState } from 'preact/hooks';
import { CentralSurveyQuestions } from '../common/schemas/central.ts';
import { apiGet } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QuestionSetup } from '../admin/survey/QuestionSetup.tsx';

export function CentralQuestions() {
  const { t, fmt } = useI18n();
  const [current, setCurrent] = useState<CentralSurveyQuestions | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    apiGet('/api/central/survey-questions', CentralSurveyQuestions).then(setCurrent, (e: Error) => setError(e.message));
  }, []);
  if (error !== null) return <Notice kind="error">{t('common.error', { message: error })}</Notice>;
  if (current === null) return <p>{t('common.loading')}</p>;
  return (
    <QuestionSetup questions={current.questions} path="/api/central/survey-questions" schema={CentralSurveyQuestions} onSaved={setCurrent}>
      <p>{t('centralApp.questions.intro')}</p>
      <p>{current.updatedAt ? t('centralApp.questions.updated', { when: fmt.dayAndTime(current.updatedAt) }) : t('centralApp.questions.default')}</p>
    </QuestionSetup>
  );
}
