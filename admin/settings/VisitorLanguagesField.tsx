// Which languages the visitor screens offer and in which order: every language Lotsa knows, the offered ones first in
// their order, each moved with buttons (keyboard and touch alike) and named in its own language, a draft marked as
// one. A language whose texts do not ship yet cannot be ticked.
import { isCatalogueCode, LANGUAGES, type CatalogueCode, type LanguageInfo } from '../../common/i18n/languages.ts';
import { useI18n } from '../../ui/i18n.tsx';

export function VisitorLanguagesField({ value, onChange }: { value: CatalogueCode[]; onChange: (codes: CatalogueCode[]) => void }) {
  const { t } = useI18n();
  const rows: LanguageInfo[] = [...value.map((code) => LANGUAGES.find((l) => l.code === code)!), ...LANGUAGES.filter((l) => !(value as string[]).includes(l.code))];
  const toggle = (code: CatalogueCode, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    onChange(next);
  };

  return (
    <fieldset class="admin__choices visitor-languages" aria-describedby="settings-visitorLanguages-hint">
      <legend>{t('settings.visitorLanguages')}</legend>
      <p id="settings-visitorLanguages-hint" class="field-hint">
        {t('settings.visitorLanguagesHint')}
      </p>
      <ol>
        {rows.map((language) => {
          const code = language.code;
          const offerable = isCatalogueCode(code);
          const index = (value as string[]).indexOf(code);
          const note = !offerable ? t('settings.languageNoTexts') : language.draft ? t('settings.languageDraft') : null;
          return (
            <li key={code} class="visitor-languages__row">
              <label class="admin__choice">
                <input
                  type="checkbox"
                  checked={index >= 0}
                  disabled={!offerable || (index >= 0 && value.length === 1)}
                  onChange={(e) => isCatalogueCode(code) && toggle(code, e.currentTarget.checked)}
                />
                <span lang={code} dir={language.dir}>
                  {language.name}
                </span>
                {note && <span class="field-hint"> ({note})</span>}
              </label>
              {index >= 0 && (
                <>
                  <button type="button" class="secondary" disabled={index === 0} aria-label={t('settings.languageUp', { name: language.name })} onClick={() => move(index, -1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    disabled={index === value.length - 1}
                    aria-label={t('settings.languageDown', { name: language.name })}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
