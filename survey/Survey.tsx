// The exit survey: the administrator's questions one at a time, an optional comment and ticket number, thanks. The
// screen is shared by everyone who leaves, so it forgets a half-finished visitor's answers after the configured idle
// time and each visitor starts in the default language, or in their ticket's when they type its number first.
// Answers go to their question's slot (answers[id - 1]), so they stay comparable however the questions are ordered or
// switched off. A key pressed on the start screen, or Listen, starts speech mode (ui/speech/): 1–5 answer a question,
// the arrows and Enter move and choose.
import { useEffect, useState } from 'preact/hooks';
import { SURVEY_QUESTION_COUNT } from '../common/schemas/survey.ts';
import { useI18n } from '../ui/i18n.tsx';
import { useIdle } from '../ui/timers.ts';
import { MoreTimeWarning, useTimeLimit } from '../ui/MoreTime.tsx';
import { ENTRY_MS, SPEECH_FACTOR } from '../common/accessibility/timeLimits.ts';
import { useSpeech } from '../ui/speech/SpeechMode.tsx';
import { useKeypad } from '../ui/speech/useKeypad.ts';
import { Notice } from '../ui/Notice.tsx';
import { resetVisitorAids } from '../ui/VisitorAids.tsx';
import { useSurveyQuestions } from '../ui/useSurveyQuestions.ts';
import { CommentStep } from './CommentStep.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { StartStep } from './StartStep.tsx';
import { ThanksStep } from './ThanksStep.tsx';
import { TicketStep } from './TicketStep.tsx';

const THANKS_MS = 6_000;

export type Answer = 1 | 2 | 3 | 4 | 5 | null;
type Step = { kind: 'start' } | { kind: 'ticket' } | { kind: 'question'; index: number } | { kind: 'comment' } | { kind: 'thanks' };

const noAnswers = (): Answer[] => Array.from({ length: SURVEY_QUESTION_COUNT }, () => null);

export function Survey() {
  const { lang, setLang, t, languages } = useI18n();
  const setup = useSurveyQuestions(lang);
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [answers, setAnswers] = useState<Answer[]>(noAnswers);
  const [ticketNumber, setTicketNumber] = useState('');

  const speech = useSpeech();
  const restart = () => {
    speech.stop();
    setAnswers(noAnswers());
    setTicketNumber('');
    setLang(languages[0]!.code);
    resetVisitorAids();
    setStep({ kind: 'start' });
  };
  const moreTime = useTimeLimit({ active: step.kind === 'ticket' || step.kind === 'question' || step.kind === 'comment', quietMs: (setup?.idleResetSeconds ?? 0) * 1000, floorMs: ENTRY_MS, onReset: restart });
  const questions = setup?.questions ?? [];
  // Nothing is lost when the thanks give way to the start: no warning, just time enough to hear them.
  useIdle(step.kind === 'thanks', speech.on ? THANKS_MS * SPEECH_FACTOR : THANKS_MS, restart);

  const answer = (index: number, value: Answer) => {
    const slot = questions[index]!.id - 1;
    setAnswers((current) => current.map((a, i) => (i === slot ? value : a)));
    setStep(index + 1 < questions.length ? { kind: 'question', index: index + 1 } : { kind: 'comment' });
  };

  // Back goes one question back (the answer given there stays until it is answered again), from the first to the start.
  const back = () => {
    if (step.kind === 'question') setStep(step.index > 0 ? { kind: 'question', index: step.index - 1 } : { kind: 'start' });
    else if (step.kind === 'comment' && questions.length > 0) setStep({ kind: 'question', index: questions.length - 1 });
  };
  useKeypad({
    atStart: step.kind === 'start',
    help: t('common.speech.helpSurvey'),
    onBack: back,
    ...(step.kind === 'question' ? { onAnswer: (value: Answer) => answer(step.index, value) } : {}),
  });
  useEffect(() => {
    if (step.kind === 'comment') speech.say([t('survey.comment')]);
    if (step.kind === 'thanks') speech.say([t('survey.thanks')]);
  }, [step.kind]);

  return (
    <main class="portrait survey">
      {moreTime && <MoreTimeWarning />}
      {step.kind === 'start' && (
        <StartStep ready={questions.length > 0} onStart={() => setStep({ kind: 'question', index: 0 })} onTicket={() => setStep({ kind: 'ticket' })} />
      )}
      {step.kind === 'ticket' && (
        <TicketStep
          onBack={restart}
          onKnown={(ticket) => {
            setLang(ticket.language);
            setTicketNumber(ticket.number);
            setStep({ kind: 'question', index: 0 });
          }}
        />
      )}
      {step.kind === 'start' && setup === null && <Notice>{t('common.loading')}</Notice>}
      {step.kind === 'question' && questions[step.index] && (
        <QuestionStep key={step.index} n={step.index + 1} total={questions.length} text={questions[step.index]!.text} lang={questions[step.index]!.lang} onAnswer={(value) => answer(step.index, value)} />
      )}
      {step.kind === 'comment' && <CommentStep answers={answers} knownTicketNumber={ticketNumber} onSent={() => setStep({ kind: 'thanks' })} onRestart={restart} />}
      {step.kind === 'thanks' && <ThanksStep />}
    </main>
  );
}
