// Five faces from very poor to very good. Each button is named by its visible label; the face only repeats it, so
// the scale reads the same without colour, without sight, and in any language. The exit survey and the visitor's phone
// both ask with it.
import type { MessageKey } from '../common/i18n/translate.ts';
import { useI18n } from './i18n.tsx';
import { Face } from './Face.tsx';
import './smileyScale.css';

const VALUES = [1, 2, 3, 4, 5] as const;

export function SmileyScale({ labelledBy, onChoose }: { labelledBy: string; onChoose: (value: (typeof VALUES)[number]) => void }) {
  const { t } = useI18n();
  return (
    <div class="smiley-scale" role="group" aria-labelledby={labelledBy}>
      {VALUES.map((value) => (
        <button key={value} type="button" class={`smiley smiley--${value}`} onClick={() => onChoose(value)}>
          <Face value={value} />
          <span class="smiley__label">{t(`survey.scale.${value}` as MessageKey)}</span>
        </button>
      ))}
    </div>
  );
}
