import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../ui/i18n.tsx';
import type { LanguageCode } from '../common/i18n/languages.ts';
import { NameText } from '../ui/LocalName.tsx';
import { SmileyScale } from '../ui/SmileyScale.tsx';
import type { Answer } from './Survey.tsx';

interface Props {
  /** 1-based place of the question among those asked, and how many are asked. */
  n: number;
  total: number;
  /** The question in the visitor's language, as the administrator worded it, and the language it is in (the default
   *  wording of an own question not translated into this one). */
  text: string;
  lang: LanguageCode;
  onAnswer: (value: Answer) => void;
}

export function QuestionStep({ n, total, text, lang, onAnswer }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each question replaces the previous one, so focus moves to it and a screen reader reads the new question.
  useEffect(() => heading.current?.focus(), []);

  return (
    <>
      <header class="portrait__header survey__header">
        <p class="survey__progress">{t('survey.question', { n, total })}</p>
        <h1 id="question" ref={heading} tabIndex={-1} data-speak={`${t('survey.question', { n, total })}. ${text} ${t('survey.speech.answerKeys')}`}>
          <NameText shown={{ text, lang }} />
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
