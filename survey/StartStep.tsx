import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { VisitorAids } from '../ui/VisitorAids.tsx';
import { ListenButton } from '../ui/speech/ListenButton.tsx';

export function StartStep({ ready, onStart, onTicket }: { ready: boolean; onStart: () => void; onTicket: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <header class="portrait__header survey__header">
        <h1>{t('survey.title')}</h1>
      </header>
      <div class="portrait__controls">
        <LanguageSwitcher large />
        <VisitorAids />
        <button type="button" class="survey__primary" disabled={!ready} onClick={onStart}>
          {t('survey.start')}
        </button>
        <button type="button" class="secondary survey__secondary" disabled={!ready} onClick={onTicket}>
          {t('survey.fromTicket')}
        </button>
        <ListenButton help={t('common.speech.helpSurvey')} />
      </div>
    </>
  );
}
