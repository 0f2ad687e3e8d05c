import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';

export function StartStep({ onStart }: { onStart: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <header class="portrait__header survey__header">
        <h1>{t('survey.title')}</h1>
      </header>
      <div class="portrait__controls">
        <LanguageSwitcher large />
        <button type="button" class="survey__primary" onClick={onStart}>
          {t('survey.start')}
        </button>
      </div>
    </>
  );
}
