import { useState } from 'preact/hooks';
import { SurveyResponse } from '../common/schemas/survey.ts';
import { apiPost } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import type { Answer } from './Survey.tsx';

interface Props {
  answers: Answer[];
  onSent: () => void;
  onRestart: () => void;
}

export function CommentStep({ answers, onSent, onRestart }: Props) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);

  // The hub refuses a response without a single answer; say so instead of offering a Send that cannot work.
  if (answers.every((a) => a === null)) {
    return (
      <div class="portrait__controls">
        <Notice>{t('survey.allSkipped')}</Notice>
        <button type="button" class="survey__primary" onClick={onRestart}>
          {t('survey.backToStart')}
        </button>
      </div>
    );
  }

  const send = async (event: Event) => {
    event.preventDefault();
    setSending(true);
    setFailed(false);
    try {
      const trimmed = comment.trim();
      await apiPost('/api/survey', trimmed ? { answers, comment: trimmed } : { answers }, SurveyResponse);
      onSent();
    } catch {
      setFailed(true);
      setSending(false);
    }
  };

  return (
    <form class="portrait__controls survey__comment" onSubmit={send}>
      <label for="survey-comment">{t('survey.comment')}</label>
      <textarea id="survey-comment" rows={4} maxLength={1000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      {failed && <Notice kind="error">{t('survey.error')}</Notice>}
      <button type="submit" class="survey__primary" disabled={sending}>
        {t('survey.send')}
      </button>
    </form>
  );
}
