// A touch keyboard for kiosk screens that have no physical one: Swedish letters (å ä ö), digits for a ticket number,
// space and erase. Each key is a real button named by what it types, at least 48 px, so it works by touch, with a
// switch device and with a screen reader. It edits a value the caller owns rather than the DOM focus, because a
// tap on a key moves the focus to the key.
import { useI18n } from './i18n.tsx';
import './keyboard.css';

const ROWS = ['1234567890', 'qwertyuiopå', 'asdfghjklöä', 'zxcvbnm,.?'];

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Names the keyboard after the field it types into. */
  label: string;
  upperCase?: boolean;
  maxLength?: number;
}

export function OnScreenKeyboard({ value, onChange, label, upperCase = false, maxLength = 1000 }: Props) {
  const { t } = useI18n();
  const type = (text: string) => {
    if (value.length < maxLength) onChange(value + text);
  };
  return (
    <div class="keyboard" role="group" aria-label={label}>
      {ROWS.map((row) => (
        <div class="keyboard__row" key={row}>
          {[...row].map((key) => {
            const shown = upperCase ? key.toUpperCase() : key;
            return (
              <button type="button" class="keyboard__key" key={key} onClick={() => type(shown)}>
                {shown}
              </button>
            );
          })}
        </div>
      ))}
      <div class="keyboard__row">
        <button type="button" class="keyboard__key keyboard__space" onClick={() => type(' ')}>
          {t('survey.keyboard.space')}
        </button>
        <button type="button" class="keyboard__key keyboard__erase" onClick={() => onChange(value.slice(0, -1))}>
          {t('survey.keyboard.erase')}
        </button>
      </div>
    </div>
  );
}
