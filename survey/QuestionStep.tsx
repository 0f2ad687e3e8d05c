import { useEffect, useRef } from 'preact/hooks';
import { SURVEY_QUESTION_COUNT } from '../common/schemas/survey.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import { useI18n } from '../ui/i18n.tsx';
import { SmileyScale } from './SmileyScale.tsx';
import type { Answer } from './Survey.tsx';

interface Props {
  /** 0-based question index. */
  index: number;
  onAnswer: (value: Answer) => void;
}

export function QuestionStep({ index, onAnswer }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each question replaces the previous one, so focus moves to it and a screen reader reads the new question.
  useEffect(() => heading.current?.focus(), []);
  const questionKey = `survey.q.${index + 1}` as MessageKey;

  return (
    <>
      <header class="portrait__header survey__header">
        <p class="survey__progress">{t('survey.question', { n: index + 1, total: SURVEY_QUESTION_COUNT })}</p>
        <h1 id="question" ref={heading} tabIndex={-1}>
          {t(questionKey)}
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
