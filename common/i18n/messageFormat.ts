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

/** Unicode's first-strong isolate: the text between reads in its own direction without reordering what is around it. */
const FSI = '\u2068';
const PDI = '\u2069';

function isolated(params: MessageParams): MessageParams {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? `${FSI}${value}${PDI}` : value]));
}

/**
 * A translator for one language: its own text where it has one, else the English. Numbers inside messages follow the
 * language's locale ("3 388" in Swedish). A parameter left out shows the message's source rather than vanishing, so
 * a mistake is visible on screen and in tests. With `isolate`, every text parameter (a ticket number, a booking
 * time, a desk's name) is a bidi isolate, so "B002" or "10:30" inside an Arabic sentence stays left-to-right and
 * keeps its place: what <bdi> does in markup, for a message that is plain text.
 */
export function createTranslator(lang: LanguageCode, messages: Messages, english: Messages, options: { isolate?: boolean } = {}): Translate {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  return (key, given = {}) => {
    const params = options.isolate ? isolated(given) : given;
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
