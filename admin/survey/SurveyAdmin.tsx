// The exit survey from the administrator's side: its questions and idle time, and the paper comment cards staff
// type in.
import { useEffect, useState } from 'preact/hooks';
import { SurveyConfig } from '../../common/schemas/survey.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { QuestionSetup } from './QuestionSetup.tsx';
import { PaperCardForm } from './PaperCardForm.tsx';

export function SurveyAdmin() {
  const { t } = useI18n();
  const [config, setConfig] = useState<SurveyConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    apiGet('/api/survey/config', SurveyConfig).then(setConfig, (e: Error) => setError(e.message));
  }, []);
  if (error !== null) return <Notice kind="error">{t('common.error', { message: error })}</Notice>;
  if (config === null) return <p>{t('common.loading')}</p>;
  return (
    <>
      <QuestionSetup questions={config.questions} idleResetSeconds={config.idleResetSeconds} path="/api/survey/config" schema={SurveyConfig} onSaved={setConfig} />
      <PaperCardForm config={config} />
    </>
  );
}
