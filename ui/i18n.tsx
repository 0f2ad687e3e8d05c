// The screens' view of the one i18n layer (common/i18n): the current language as context, a bound t(), and the
// page's <html lang dir> and <title> kept in step so that screen readers pronounce the right language.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { t as translate, type MessageKey, type MessageParams } from '../common/i18n/translate.ts';
import { DEFAULT_LANGUAGE, languageInfo, type LanguageCode } from '../common/i18n/languages.ts';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18n {
  lang: LanguageCode;
  setLang: (lang: LanguageCode) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

interface ProviderProps {
  initial?: LanguageCode | null;
  /** The page title, translated with the rest of the page. */
  titleKey: MessageKey;
  children: ComponentChildren;
}

export function LanguageProvider({ initial, titleKey, children }: ProviderProps) {
  const [lang, setLang] = useState<LanguageCode>(initial ?? DEFAULT_LANGUAGE);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang]);

  // A layout effect, so the new language's text and its lang attribute reach the DOM in the same commit: a screen
  // reader never reads Swedish words with English pronunciation in between.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = languageInfo(lang).dir;
    document.title = `${translate(lang, titleKey)} – ${translate(lang, 'app.name')}`;
  }, [lang, titleKey]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <LanguageProvider>');
  return i18n;
}
