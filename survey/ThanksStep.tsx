import { useI18n } from '../ui/i18n.tsx';

export function ThanksStep() {
  const { t } = useI18n();
  return (
    <header class="portrait__header survey__header survey__thanks" role="status">
      <h1>{t('survey.thanks')}</h1>
    </header>
  );
}
