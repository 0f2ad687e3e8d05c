// Before the questions, a visitor may type their ticket number: the survey then asks in the language they chose at
// the kiosk, and the answers are linked to the visit without typing the number again at the end.
import { useState } from 'preact/hooks';
import { CODE_LAYOUT } from '../common/i18n/keyboardLayouts.ts';
import type { LanguageCode } from '../common/i18n/languages.ts';
import { SurveyTicket } from '../common/schemas/survey.ts';
import { apiGet, ApiError } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { OnScreenKeyboard } from '../ui/OnScreenKeyboard.tsx';

const NUMBER_MAX_LENGTH = 8;

interface Props {
  onKnown: (ticket: { number: string; language: LanguageCode }) => void;
  onBack: () => void;
}

export function TicketStep({ onKnown, onBack }: Props) {
  const { t } = useI18n();
  const [number, setNumber] = useState('');
  const [failure, setFailure] = useState<'unknown' | 'other' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const typed = number.trim().toUpperCase();
    if (busy || typed === '') return;
    setBusy(true);
    setFailure(null);
    try {
      onKnown(await apiGet(`/api/survey/ticket/${encodeURIComponent(typed)}`, SurveyTicket));
    } catch (error) {
      setFailure(error instanceof ApiError && (error.status === 404 || error.status === 400) ? 'unknown' : 'other');
      setBusy(false);
    }
  };

  return (
    <form class="portrait__controls survey__comment" onSubmit={submit}>
      <label for="survey-start-ticket">{t('survey.ticketNumber')}</label>
      <input
        id="survey-start-ticket"
        class="survey__ticket"
        dir="ltr"
        value={number}
        maxLength={NUMBER_MAX_LENGTH}
        autoComplete="off"
        aria-describedby="survey-start-hint"
        onInput={(e) => setNumber(e.currentTarget.value.toUpperCase())}
      />
      <span id="survey-start-hint" class="survey__hint">
        {t('survey.fromTicketHint')}
      </span>
      <OnScreenKeyboard label={t('survey.keyboard.ticket')} value={number} onChange={setNumber} layout={CODE_LAYOUT} maxLength={NUMBER_MAX_LENGTH} />
      {failure === 'unknown' && <Notice kind="error">{t('survey.ticketUnknown', { number: number.trim().toUpperCase() })}</Notice>}
      {failure === 'other' && <Notice kind="error">{t('survey.error')}</Notice>}
      <div class="survey__actions">
        <button type="button" class="secondary survey__primary" onClick={onBack}>
          {t('survey.backToStart')}
        </button>
        <button type="submit" class="survey__primary" disabled={busy || number.trim() === ''}>
          {t('survey.start')}
        </button>
      </div>
    </form>
  );
}
