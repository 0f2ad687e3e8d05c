// Each language is offered in its own name and marked up in its own language, so a visitor who reads no Swedish
// still finds "English" (or a future "العربية") and a screen reader pronounces it correctly.
import { LANGUAGES } from '../common/i18n/languages.ts';
import { useI18n } from './i18n.tsx';

export function LanguageSwitcher({ large = false }: { large?: boolean }) {
  const { lang, setLang, t } = useI18n();
  return (
    <div role="group" class={large ? 'language-switcher language-switcher--large' : 'language-switcher'} aria-label={t('language.choose')}>
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          dir={language.dir}
          aria-pressed={language.code === lang}
          onClick={() => setLang(language.code)}
        >
          {language.nativeName}
        </button>
      ))}
    </div>
  );
}
