// The languages this screen offers, each in its own name and marked up in its own language and direction, so a
// visitor who reads no Swedish still finds "العربية" and a screen reader pronounces it correctly. No flags: a flag
// names a country, not a language.
import { useI18n } from './i18n.tsx';

export function LanguageSwitcher({ large = false }: { large?: boolean }) {
  const { lang, setLang, t, languages } = useI18n();
  if (languages.length < 2) return null;
  return (
    <div role="group" class={large ? 'language-switcher language-switcher--large' : 'language-switcher'} aria-label={t('language.choose')}>
      {languages.map((language) => (
        <button
          key={language.code}
          type="button"
          lang={language.code}
          dir={language.dir}
          aria-pressed={language.code === lang}
          onClick={() => setLang(language.code)}
        >
          {language.name}
        </button>
      ))}
    </div>
  );
}
