// A name an administrator gives a service, desk, question, outcome or the centre: one default name, written in the
// centre's name language (Swedish unless configured), and any translations beside it. A screen shows the name in its
// own language where one was given; otherwise the default name, together with the language it is written in, so the
// screen can mark it (lang="sv") and a screen reader reads a Swedish word with Swedish sounds inside an Arabic page.
import { DEFAULT_LANGUAGE, type LanguageCode } from './languages.ts';

/** Translations of one name, by language code; a language left out shows the default name. */
export type Names = Partial<Record<LanguageCode, string>>;

export interface Named {
  name: string;
  names?: Names | undefined;
}

export interface LocalName {
  text: string;
  /** The language the text is written in: the screen's own, or the name language when it fell back. */
  lang: LanguageCode;
}

export function localName(entity: Named, lang: LanguageCode, nameLanguage: LanguageCode = DEFAULT_LANGUAGE): LocalName {
  const translated = lang === nameLanguage ? undefined : entity.names?.[lang];
  return translated ? { text: translated, lang } : { text: entity.name, lang: nameLanguage };
}
