// Staff type in the paper comment cards (Kensington gets about ten a day): the same questions and scale as the
// touchscreen, stored with source "paper" so reports can show them apart.
import { useRef, useState } from 'preact/hooks';
import { SURVEY_QUESTION_COUNT, SurveyResponse, type SurveyConfig } from '../../common/schemas/survey.ts';
import type { MessageKey } from '../../common/i18n/translate.ts';
import { staffLanguage } from '../../common/i18n/languages.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { newSubmissionId } from '../../ui/submissionId.ts';
import { useCreate } from '../useCreate.ts';

const empty = () => Array.from({ length: SURVEY_QUESTION_COUNT }, () => '');

export function PaperCardForm({ config }: { config: SurveyConfig }) {
  const { t, lang } = useI18n();
  const [answers, setAnswers] = useState<string[]>(empty);
  const [comment, setComment] = useState('');
  const [stored, setStored] = useState(0);
  // One id per card: a double click on Save stores the card once.
  const submissionId = useRef(newSubmissionId());
  const { create, error, busy } = useCreate('/api/survey', SurveyResponse, () => setStored((n) => n + 1));

  const submit = async (event: Event) => {
    event.preventDefault();
    const body = {
      source: 'paper',
      submissionId: submissionId.current,
      answers: answers.map((a) => (a === '' ? null : Number(a))),
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    if (await create(body)) {
      setAnswers(empty());
      setComment('');
      submissionId.current = newSubmissionId();
    }
  };

  return (
    <section class="admin__section" aria-labelledby="paper-heading">
      <h2 id="paper-heading">{t('admin.paper.title')}</h2>
      <form class="admin__form paper-card" onSubmit={submit}>
        {config.questions
          .filter((q) => q.active)
          .map((question) => (
            <div class="admin__field" key={question.id}>
              <label for={`paper-q${question.id}`}>{question.texts[staffLanguage(lang)]}</label>
              <select
                id={`paper-q${question.id}`}
                value={answers[question.id - 1]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setAnswers((current) => current.map((a, i) => (i === question.id - 1 ? value : a)));
                }}
              >
                <option value="">{t('admin.paper.noAnswer')}</option>
                {[5, 4, 3, 2, 1].map((value) => (
                  <option key={value} value={String(value)}>
                    {`${value} – ${t(`survey.scale.${value}` as MessageKey)}`}
                  </option>
                ))}
              </select>
            </div>
          ))}
        <div class="admin__field paper-card__comment">
          <label for="paper-comment">{t('admin.paper.comment')}</label>
          <textarea id="paper-comment" rows={3} maxLength={1000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        </div>
        <button type="submit" disabled={busy}>
          {t('admin.paper.save')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {stored > 0 && <Notice>{t('admin.paper.stored', { count: stored })}</Notice>}
    </section>
  );
}
