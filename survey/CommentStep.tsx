// The last step: an optional comment, typed on the on-screen keyboard of the screen's language, and ticket number, on
// Latin capitals and digits, then Send. One completed survey is one response: Send is locked from the first tap (a
// ref, not state, so a second tap before the next render is refused too) and carries the survey's submissionId, so
// even a retried send is stored once.
import { useRef, useState } from 'preact/hooks';
import { SurveyResponse } from '../common/schemas/survey.ts';
import { ApiError, apiAction } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { OnScreenKeyboard } from '../ui/OnScreenKeyboard.tsx';
import { CODE_LAYOUT, textLayout } from '../common/i18n/keyboardLayouts.ts';
import { newSubmissionId } from '../ui/submissionId.ts';
import type { Answer } from './Survey.tsx';

interface Props {
  answers: Answer[];
  /** The number typed before the questions, if any: filled in already. */
  knownTicketNumber: string;
  onSent: () => void;
  onRestart: () => void;
}

export function CommentStep({ answers, knownTicketNumber, onSent, onRestart }: Props) {
  const { t, lang } = useI18n();
  const [comment, setComment] = useState('');
  const [ticketNumber, setTicketNumber] = useState(knownTicketNumber);
  const [typingInto, setTypingInto] = useState<'comment' | 'ticket'>('comment');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<'ticket' | 'other' | null>(null);
  const inFlight = useRef(false);
  const submissionId = useRef(newSubmissionId());

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
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setFailure(null);
    const trimmed = comment.trim();
    const number = ticketNumber.trim().toUpperCase();
    try {
      await apiAction(
        '/api/survey',
        { answers, submissionId: submissionId.current, ...(trimmed ? { comment: trimmed } : {}), ...(number ? { ticketNumber: number } : {}) },
        SurveyResponse,
      );
      onSent();
    } catch (error) {
      // A mistyped ticket number is the visitor's to fix (or clear); anything else is the hub's.
      setFailure(number && error instanceof ApiError && error.status === 400 ? 'ticket' : 'other');
      inFlight.current = false;
      setSending(false);
    }
  };
  const typed = typingInto === 'comment' ? comment : ticketNumber;
  const setTyped = typingInto === 'comment' ? setComment : setTicketNumber;

  return (
    <form class="portrait__controls survey__comment" onSubmit={send}>
      <label for="survey-comment">{t('survey.comment')}</label>
      <textarea
        id="survey-comment"
        rows={3}
        maxLength={1000}
        value={comment}
        onFocus={() => setTypingInto('comment')}
        onInput={(e) => setComment(e.currentTarget.value)}
      />
      <label for="survey-ticket">{t('survey.ticketNumber')}</label>
      <input
        id="survey-ticket"
        class="survey__ticket"
        dir="ltr"
        value={ticketNumber}
        maxLength={8}
        autoComplete="off"
        aria-describedby="survey-ticket-hint"
        onFocus={() => setTypingInto('ticket')}
        onInput={(e) => setTicketNumber(e.currentTarget.value)}
      />
      <span id="survey-ticket-hint" class="survey__hint">
        {t('survey.ticketHint')}
      </span>
      <OnScreenKeyboard
        label={t(typingInto === 'comment' ? 'survey.keyboard.comment' : 'survey.keyboard.ticket')}
        value={typed}
        onChange={setTyped}
        layout={typingInto === 'comment' ? textLayout(lang) : CODE_LAYOUT}
        maxLength={typingInto === 'comment' ? 1000 : 8}
      />
      {failure === 'ticket' && <Notice kind="error">{t('survey.ticketUnknown', { number: ticketNumber.trim().toUpperCase() })}</Notice>}
      {failure === 'other' && <Notice kind="error">{t('survey.error')}</Notice>}
      <button type="submit" class="survey__primary" disabled={sending}>
        {t('survey.send')}
      </button>
    </form>
  );
}
