// The exit survey: the administrator's questions one at a time, an optional comment and ticket number, thanks. The
// screen is shared by everyone who leaves, so it forgets a half-finished visitor's answers after the configured idle
// time and each visitor starts in the default language. Answers go to their question's slot (answers[id - 1]), so
// they stay comparable however the questions are ordered or switched off.
import { useState } from 'preact/hooks';
import { SURVEY_QUESTION_COUNT } from '../common/schemas/survey.ts';
import { useI18n } from '../ui/i18n.tsx';
import { useIdle } from '../ui/timers.ts';
import { Notice } from '../ui/Notice.tsx';
import { useSurveyQuestions } from './useSurveyQuestions.ts';
import { CommentStep } from './CommentStep.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { StartStep } from './StartStep.tsx';
import { ThanksStep } from './ThanksStep.tsx';

const THANKS_MS = 6_000;

export type Answer = 1 | 2 | 3 | 4 | 5 | null;
type Step = { kind: 'start' } | { kind: 'question'; index: number } | { kind: 'comment' } | { kind: 'thanks' };

const noAnswers = (): Answer[] => Array.from({ length: SURVEY_QUESTION_COUNT }, () => null);

export function Survey() {
  const { lang, setLang, t, languages } = useI18n();
  const setup = useSurveyQuestions(lang);
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [answers, setAnswers] = useState<Answer[]>(noAnswers);

  const restart = () => {
    setAnswers(noAnswers());
    setLang(languages[0]!.code);
    setStep({ kind: 'start' });
  };
  useIdle(step.kind === 'question' || step.kind === 'comment', (setup?.idleResetSeconds ?? 30) * 1000, restart);
  const questions = setup?.questions ?? [];
  useIdle(step.kind === 'thanks', THANKS_MS, restart);

  const answer = (index: number, value: Answer) => {
    const slot = questions[index]!.id - 1;
    setAnswers((current) => current.map((a, i) => (i === slot ? value : a)));
    setStep(index + 1 < questions.length ? { kind: 'question', index: index + 1 } : { kind: 'comment' });
  };

  return (
    <main class="portrait survey">
      {step.kind === 'start' && <StartStep ready={questions.length > 0} onStart={() => setStep({ kind: 'question', index: 0 })} />}
      {step.kind === 'start' && setup === null && <Notice>{t('common.loading')}</Notice>}
      {step.kind === 'question' && questions[step.index] && (
        <QuestionStep key={step.index} n={step.index + 1} total={questions.length} text={questions[step.index]!.text} lang={questions[step.index]!.lang} onAnswer={(value) => answer(step.index, value)} />
      )}
      {step.kind === 'comment' && <CommentStep answers={answers} onSent={() => setStep({ kind: 'thanks' })} onRestart={restart} />}
      {step.kind === 'thanks' && <ThanksStep />}
    </main>
  );
}
