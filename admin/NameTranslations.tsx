// The translations of one name, as a compact list under its default name: one field per language the centre offers
// its visitors (not the language the default name is written in), each labelled with the language's own name and
// typed in its own direction. A field left empty is no translation: that screen shows the default name.
import { languageInfo, type LanguageCode } from '../common/i18n/languages.ts';
import type { Names } from '../common/i18n/localName.ts';
import { useI18n } from '../ui/i18n.tsx';

interface Props {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  value: Names;
  onChange: (names: Names) => void;
  maxLength: number;
  /** The languages to offer; default: the centre's visitor languages. */
  languages?: readonly LanguageCode[];
  nameLanguage?: LanguageCode;
}

export function NameTranslations({ id, value, onChange, maxLength, languages, nameLanguage }: Props) {
  const { t, visitorLanguages, nameLang } = useI18n();
  const source = nameLanguage ?? nameLang;
  const codes = (languages ?? visitorLanguages).filter((code) => code !== source);
  if (codes.length === 0) return null;
  const set = (code: LanguageCode, text: string) => {
    const { [code]: _old, ...rest } = value;
    onChange(text.trim() === '' ? rest : { ...rest, [code]: text });
  };
  return (
    <fieldset class="name-translations">
      <legend>{t('admin.names.legend')}</legend>
      {codes.map((code) => {
        const language = languageInfo(code);
        return (
          <div class="name-translations__row" key={code}>
            <label for={`${id}-${code}`} lang={code} dir={language.dir}>
              {language.name}
            </label>
            <input id={`${id}-${code}`} lang={code} dir={language.dir} maxLength={maxLength} value={value[code] ?? ''} onInput={(e) => set(code, e.currentTarget.value)} />
          </div>
        );
      })}
    </fieldset>
  );
}
