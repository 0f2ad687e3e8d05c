// The exit survey: five questions one at a time, an optional comment, thanks. The screen is shared by everyone who
// leaves, so it forgets a half-finished visitor's answers after a while and each visitor starts in the default language.
import { useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE } from '../common/i18n/languages.ts';
import { SURVEY_QUESTION_COUNT } from '../common/schemas/survey.ts';
import { useI18n } from '../ui/i18n.tsx';
import { useIdle } from '../ui/timers.ts';
import { CommentStep } from './CommentStep.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { StartStep } from './StartStep.tsx';
import { ThanksStep } from './ThanksStep.tsx';

const IDLE_RESET_MS = 30_000;
const THANKS_MS = 6_000;

export type Answer = 1 | 2 | 3 | 4 | 5 | null;
type Step = { kind: 'start' } | { kind: 'question'; index: number } | { kind: 'comment' } | { kind: 'thanks' };

const noAnswers = (): Answer[] => Array.from({ length: SURVEY_QUESTION_COUNT }, () => null);

export function Survey() {
  const { setLang } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [answers, setAnswers] = useState<Answer[]>(noAnswers);

  const restart = () => {
    setAnswers(noAnswers());
    setLang(DEFAULT_LANGUAGE);
    setStep({ kind: 'start' });
  };
  useIdle(step.kind === 'question' || step.kind === 'comment', IDLE_RESET_MS, restart);
  useIdle(step.kind === 'thanks', THANKS_MS, restart);

  const answer = (index: number, value: Answer) => {
    setAnswers((current) => current.map((a, i) => (i === index ? value : a)));
    setStep(index + 1 < SURVEY_QUESTION_COUNT ? { kind: 'question', index: index + 1 } : { kind: 'comment' });
  };

  return (
    <main class="portrait survey">
      {step.kind === 'start' && <StartStep onStart={() => setStep({ kind: 'question', index: 0 })} />}
      {step.kind === 'question' && <QuestionStep key={step.index} index={step.index} onAnswer={(value) => answer(step.index, value)} />}
      {step.kind === 'comment' && <CommentStep answers={answers} onSent={() => setStep({ kind: 'thanks' })} onRestart={restart} />}
      {step.kind === 'thanks' && <ThanksStep />}
    </main>
  );
}
