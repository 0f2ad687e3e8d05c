// A touch keyboard for kiosk screens that have no physical one, in the layout the caller passes
// (common/i18n/keyboardLayouts.ts): the letters of the screen's language for a comment, Latin capitals and digits
// for a code. Each key is a real button named by what it types and marked up in its language, at least 48 px, so it
// works by touch, with a switch device and with a screen reader. It edits a value the caller owns rather than the
// DOM focus, because a tap on a key moves the focus to the key.
import { useState } from 'preact/hooks';
import type { KeyboardLayout } from '../common/i18n/keyboardLayouts.ts';
import { useI18n } from './i18n.tsx';
import './keyboard.css';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Names the keyboard after the field it types into. */
  label: string;
  layout: KeyboardLayout;
  maxLength?: number;
}

export function OnScreenKeyboard({ value, onChange, label, layout, maxLength = 1000 }: Props) {
  const { t } = useI18n();
  const [capital, setCapital] = useState(false);
  const [picking, setPicking] = useState<string | null>(null);
  const lang = layout.lang ?? undefined;
  const type = (text: string) => {
    if (value.length < maxLength) onChange(value + text);
    setCapital(false);
    setPicking(null);
  };
  const forms = picking === null ? undefined : layout.forms?.[picking];

  // The keys keep the left-to-right order of the script's own keyboard on a right-to-left screen too (see
  // keyboardLayouts.ts); the text they type is still right-to-left.
  return (
    <div class="keyboard" role="group" aria-label={label} dir="ltr">
      {forms && picking !== null && (
        <div class="keyboard__row keyboard__forms" role="group" aria-label={t('survey.keyboard.forms', { letter: picking })}>
          {forms.map((form) => (
            <button type="button" class="keyboard__key" key={form} lang={lang} onClick={() => type(form)}>
              {form}
            </button>
          ))}
        </div>
      )}
      {layout.rows.map((row) => (
        <div class="keyboard__row" key={row.join('')}>
          {row.map((key) => {
            const opens = layout.forms?.[key] !== undefined;
            const shown = capital ? key.toLocaleUpperCase(lang) : key;
            return (
              <button
                type="button"
                class="keyboard__key"
                key={key}
                lang={lang}
                aria-expanded={opens ? picking === key : undefined}
                onClick={() => (opens ? setPicking(picking === key ? null : key) : type(shown))}
              >
                {shown}
              </button>
            );
          })}
        </div>
      ))}
      <div class="keyboard__row">
        {layout.cased && (
          <button type="button" class="keyboard__key keyboard__wide" aria-pressed={capital} onClick={() => setCapital(!capital)}>
            {t('survey.keyboard.capitals')}
          </button>
        )}
        <button type="button" class="keyboard__key keyboard__space" onClick={() => type(' ')}>
          {t('survey.keyboard.space')}
        </button>
        <button type="button" class="keyboard__key keyboard__wide" onClick={() => onChange(value.slice(0, -1))}>
          {t('survey.keyboard.erase')}
        </button>
      </div>
    </div>
  );
}
