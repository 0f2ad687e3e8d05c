import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../ui/i18n.tsx';
import { SmileyScale } from './SmileyScale.tsx';
import type { Answer } from './Survey.tsx';

interface Props {
  /** 1-based place of the question among those asked, and how many are asked. */
  n: number;
  total: number;
  /** The question in the visitor's language, as the administrator worded it. */
  text: string;
  onAnswer: (value: Answer) => void;
}

export function QuestionStep({ n, total, text, onAnswer }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each question replaces the previous one, so focus moves to it and a screen reader reads the new question.
  useEffect(() => heading.current?.focus(), []);

  return (
    <>
      <header class="portrait__header survey__header">
        <p class="survey__progress">{t('survey.question', { n, total })}</p>
        <h1 id="question" ref={heading} tabIndex={-1} data-speak={`${t('survey.question', { n, total })}. ${text} ${t('survey.speech.answerKeys')}`}>
          {text}
        </h1>
      </header>
      <div class="portrait__controls">
        <SmileyScale labelledBy="question" onChoose={onAnswer} />
        <button type="button" class="secondary survey__skip" onClick={() => onAnswer(null)}>
          {t('survey.skip')}
        </button>
      </div>
    </>
  );
}
