// "How was your visit?" on the visitor's own phone, once the visit is over: the centre's questions in the page's
// language, then an optional comment, then thanks. One question at a time, as at the exit screen: on a narrow screen
// each question gets the whole width, so its five answers are full-width buttons with their words beside the faces;
// focus moves to each new question, so a screen reader says where the visitor is; and a visitor who knows the exit
// screen knows this. The follow link is the phone's only credential; the hub takes one response per visit, so the
// page never asks again once it has one (the follow view says so after a reload too).
import { useEffect, useRef, useState } from 'preact/hooks';
import { SURVEY_QUESTION_COUNT, SurveyResponse } from '../common/schemas/survey.ts';
import { ApiError, apiAction } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { NameText } from '../ui/LocalName.tsx';
import { Notice } from '../ui/Notice.tsx';
import { SmileyScale } from '../ui/SmileyScale.tsx';
import { newSubmissionId } from '../ui/submissionId.ts';
import { useSurveyQuestions } from '../ui/useSurveyQuestions.ts';

type Answer = 1 | 2 | 3 | 4 | 5 | null;
type Step = { kind: 'question'; index: number } | { kind: 'comment' } | { kind: 'thanks' } | { kind: 'closed' };

interface Props {
  followToken: string;
  /** The hub has a response for this visit already: only the thanks. */
  answered: boolean;
}

export function PhoneSurvey({ followToken, answered }: Props) {
  const { t, lang } = useI18n();
  const setup = useSurveyQuestions(lang);
  const [step, setStep] = useState<Step>(answered ? { kind: 'thanks' } : { kind: 'question', index: 0 });
  const [answers, setAnswers] = useState<Answer[]>(() => Array.from({ length: SURVEY_QUESTION_COUNT }, () => null));
  const section = useRef<HTMLElement>(null);
  const moved = useRef(false);
  // Each step replaces the last, so focus moves to its heading; not on arrival, where the page is read from the top.
  useEffect(() => {
    if (moved.current) section.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    moved.current = true;
  }, [step]);

  const questions = setup?.questions ?? [];
  const answer = (index: number, value: Answer) => {
    const slot = questions[index]!.id - 1;
    setAnswers((current) => current.map((a, i) => (i === slot ? value : a)));
    setStep(index + 1 < questions.length ? { kind: 'question', index: index + 1 } : { kind: 'comment' });
  };
  const back = () => {
    if (step.kind === 'question' && step.index > 0) setStep({ kind: 'question', index: step.index - 1 });
    if (step.kind === 'comment' && questions.length > 0) setStep({ kind: 'question', index: questions.length - 1 });
  };
  const question = step.kind === 'question' ? questions[step.index] : undefined;

  return (
    <section class="phone-survey" aria-labelledby="phone-survey-title" ref={section}>
      <h2 id="phone-survey-title">{t('survey.title')}</h2>
      {step.kind === 'thanks' && (
        <p class="phone-survey__thanks" role="status" tabIndex={-1}>
          {t('survey.thanks')}
        </p>
      )}
      {step.kind === 'closed' && (
        <p class="phone-survey__closed" tabIndex={-1}>
          {t('follow.surveyClosed')}
        </p>
      )}
      {step.kind === 'question' && !question && <p>{t('common.loading')}</p>}
      {step.kind === 'question' && question && (
        <>
          <p class="phone-survey__progress">{t('survey.question', { n: step.index + 1, total: questions.length })}</p>
          <h3 id="phone-survey-question" tabIndex={-1}>
            <NameText shown={{ text: question.text, lang: question.lang }} />
          </h3>
          <SmileyScale labelledBy="phone-survey-question" onChoose={(value) => answer(step.index, value)} />
          <div class="phone-survey__actions">
            {step.index > 0 && (
              <button type="button" class="secondary" onClick={back}>
                {t('kiosk.back')}
              </button>
            )}
            <button type="button" class="secondary" onClick={() => answer(step.index, null)}>
              {t('survey.skip')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'comment' && (
        <CommentForm
          answers={answers}
          followToken={followToken}
          onBack={back}
          onRestart={() => setStep({ kind: 'question', index: 0 })}
          onDone={(outcome) => setStep({ kind: outcome })}
        />
      )}
    </section>
  );
}

interface CommentProps {
  answers: Answer[];
  followToken: string;
  onBack: () => void;
  onRestart: () => void;
  onDone: (outcome: 'thanks' | 'closed') => void;
}

/** The optional comment, on the phone's own keyboard, and Send. A completed survey is one response: Send is locked
 *  from the first tap and carries the survey's submissionId, so a retried send is stored once. */
function CommentForm({ answers, followToken, onBack, onRestart, onDone }: CommentProps) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const inFlight = useRef(false);
  const submissionId = useRef(newSubmissionId());

  // The hub refuses a response without a single answer; say so instead of offering a Send that cannot work.
  if (answers.every((a) => a === null)) {
    return (
      <>
        <h3 tabIndex={-1}>
          {t('survey.allSkipped')}
        </h3>
        <button type="button" class="phone-survey__send" onClick={onRestart}>
          {t('survey.backToStart')}
        </button>
      </>
    );
  }

  const send = async (event: Event) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setFailed(false);
    const trimmed = comment.trim();
    try {
      await apiAction('/api/survey', { answers, source: 'phone', followToken, submissionId: submissionId.current, ...(trimmed ? { comment: trimmed } : {}) }, SurveyResponse);
      onDone('thanks');
    } catch (error) {
      // Rated already (another tab) is done; closed (a day has passed, or the link is gone) cannot be retried.
      if (error instanceof ApiError && error.code === 'survey-already-answered') return onDone('thanks');
      if (error instanceof ApiError && error.status === 404) return onDone('closed');
      setFailed(true);
      inFlight.current = false;
      setSending(false);
    }
  };

  return (
    <form class="phone-survey__comment" onSubmit={send}>
      <h3 tabIndex={-1}>
        <label for="phone-survey-comment">{t('survey.comment')}</label>
      </h3>
      <textarea id="phone-survey-comment" rows={4} maxLength={1000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      {failed && <Notice kind="error">{t('survey.error')}</Notice>}
      <button type="submit" class="phone-survey__send" disabled={sending}>
        {t('survey.send')}
      </button>
      <button type="button" class="secondary" onClick={onBack}>
        {t('kiosk.back')}
      </button>
    </form>
  );
}
