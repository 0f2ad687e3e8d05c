// Messages are ICU MessageFormat, formatted by FormatJS's intl-messageformat. Why that library: ICU is the one message
// syntax translators' tools (Crowdin, Weblate, Lokalise, Poedit) and the CLDR plural rules speak, so "1 person before
// you" / "2 people before you" is written per language by the translator, with Arabic's six plural forms (zero, one,
// two, few, many, other) or Polish's few/many, instead of being coded per language here; intl-messageformat builds on
// the runtime's own Intl.PluralRules and Intl.NumberFormat (no plural tables or locale data of its own to ship, about
// 15 kB in a screen), runs unchanged in Node for the printed ticket and in the browser, and is maintained with the
// rest of FormatJS. i18next would bring its own resource and plural model and need an ICU plug-in on top for the same.
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageKey } from './en.ts';
import { languageInfo, type LanguageCode } from './languages.ts';

export type MessageParams = Record<string, string | number>;
/** A catalogue's texts; a draft may leave keys out, which then read in English. */
export type Messages = Partial<Record<MessageKey, string>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface CatalogueMeta {
  /** True until a translator has reviewed every text: the language is then listed as a draft. */
  draft: boolean;
}

/** Parses one ICU message; throws on a malformed one. Tags are plain text: no message of ours carries markup. */
export function parseMessage(source: string, lang: LanguageCode): IntlMessageFormat {
  return new IntlMessageFormat(source, languageInfo(lang).locale, undefined, { ignoreTag: true });
}

/**
 * A translator for one language: its own text where it has one, else the English. Numbers inside messages follow the
 * language's locale ("3 388" in Swedish). A parameter left out shows the message's source rather than vanishing, so
 * a mistake is visible on screen and in tests.
 */
export function createTranslator(lang: LanguageCode, messages: Messages, english: Messages): Translate {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  return (key, params = {}) => {
    const source = messages[key] ?? english[key] ?? key;
    let format = compiled.get(key);
    if (!format) {
      format = parseMessage(source, messages[key] === undefined ? 'en' : lang);
      compiled.set(key, format);
    }
    try {
      return String(format.format(params));
    } catch {
      return source;
    }
  };
}
