// The survey's questions: wording in Swedish and English, and in the other visitor languages where the
// administrator gives one (else the shipped translation, or for a reworded question its default wording); on or off;
// order (moved with buttons, which work by keyboard and touch alike); the hub's idle reset time. Saved as a whole, so
// the survey never asks a half-edited set. The central service's questions for opted-in sites use the same form.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { z } from 'zod';
import type { SurveyConfig } from '../../common/schemas/survey.ts';
import { SURVEY_IDLE_MIN_SECONDS } from '../../common/accessibility/timeLimits.ts';
import { languageInfo, STAFF_LANGUAGES } from '../../common/i18n/languages.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useCreate } from '../useCreate.ts';
import { NameTranslations } from '../NameTranslations.tsx';

type Question = SurveyConfig['questions'][number];

interface Props<T extends { questions: Question[] }> {
  questions: Question[];
  /** The hub's survey screen starts over after this idle time; the central service's questions have none. */
  idleResetSeconds?: number;
  path: string;
  schema: z.ZodType<T>;
  onSaved: (saved: T) => void;
  /** What saving means here, under the heading. */
  children?: ComponentChildren;
}

export function QuestionSetup<T extends { questions: Question[] }>({ questions: initial, idleResetSeconds, path, schema, onSaved, children }: Props<T>) {
  const { t, visitorLanguages } = useI18n();
  // Swedish and English have their own fields above; the other visitor languages are optional translations.
  const others = visitorLanguages.filter((code) => !(STAFF_LANGUAGES as readonly string[]).includes(code));
  const [questions, setQuestions] = useState<Question[]>(initial);
  const [idle, setIdle] = useState(String(idleResetSeconds ?? ''));
  const [saved, setSaved] = useState(false);
  const { create: save, error, busy } = useCreate(path, schema, (stored) => {
    onSaved(stored);
    setQuestions(stored.questions);
    setSaved(true);
  });
  const change = (index: number, patch: Partial<Question>) => setQuestions((qs) => qs.map((q, i) => (i === index ? { ...q, ...patch } : q)));
  const move = (index: number, by: -1 | 1) =>
    setQuestions((qs) => {
      const next = [...qs];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    await save(idleResetSeconds === undefined ? { questions } : { idleResetSeconds: Number(idle), questions });
  };

  return (
    <section class="admin__section" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t('admin.survey.questions')}</h2>
      {children}
      <form onSubmit={submit}>
        <ol class="question-setup">
          {questions.map((question, index) => (
            <li key={question.id}>
              <fieldset class="admin__choices question-setup__item">
                <legend>{t('admin.survey.questionN', { n: index + 1 })}</legend>
                {STAFF_LANGUAGES.map((code) => ({ ...languageInfo(code), code })).map((language) => (
                  <div class="admin__field" key={language.code}>
                    <label for={`q${question.id}-${language.code}`}>{language.name}</label>
                    <input
                      id={`q${question.id}-${language.code}`}
                      lang={language.code}
                      value={question.texts[language.code]}
                      required
                      maxLength={200}
                      onInput={(e) => change(index, { texts: { ...question.texts, [language.code]: e.currentTarget.value } })}
                    />
                  </div>
                ))}
                <NameTranslations
                  id={`q${question.id}-names`}
                  value={question.texts}
                  onChange={(texts) => change(index, { texts: { ...texts, sv: question.texts.sv, en: question.texts.en } })}
                  maxLength={200}
                  languages={others}
                />
                <label class="admin__choice">
                  <input type="checkbox" checked={question.active} onChange={(e) => change(index, { active: e.currentTarget.checked })} />
                  {t('admin.survey.active')}
                </label>
                <button type="button" class="secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                  {t('admin.survey.up')}
                </button>
                <button type="button" class="secondary" disabled={index === questions.length - 1} onClick={() => move(index, 1)}>
                  {t('admin.survey.down')}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <div class="admin__form">
          {idleResetSeconds !== undefined && (
            <div class="admin__field">
              <label for="survey-idle">{t('admin.survey.idle')}</label>
              <input id="survey-idle" type="number" min={SURVEY_IDLE_MIN_SECONDS} max={600} required value={idle} onInput={(e) => setIdle(e.currentTarget.value)} />
            </div>
          )}
          <button type="submit" disabled={busy}>
            {t('admin.survey.save')}
          </button>
        </div>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {saved && <Notice>{t('admin.survey.saved')}</Notice>}
    </section>
  );
}
