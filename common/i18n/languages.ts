// The one list of visitor languages Lotsa knows. Each is named in its own language and script on the language
// buttons (never a flag: a flag is a country, not a language), carries its writing direction so that a right-to-left
// language needs only its strings, the Intl locale its numbers and dates are formatted in, whether its texts are a
// draft no translator has reviewed, and the espeak-ng voice that can speak its calls (none for Somali and Tigrinya).

export const LANGUAGE_CODES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'uk', 'pl', 'bs'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** The languages whose catalogue ships (common/i18n/<code>.ts); only these can be offered on the visitor screens. */
export const CATALOGUE_CODES = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'uk', 'pl', 'bs'] as const satisfies readonly LanguageCode[];
export type CatalogueCode = (typeof CATALOGUE_CODES)[number];

/** Staff screens (desk, admin) are in the languages whose catalogue covers every screen and has been reviewed. */
export const STAFF_LANGUAGES = ['sv', 'en'] as const satisfies readonly CatalogueCode[];
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** The staff language a text kept per staff language (the survey's question wording) is shown in. */
export function staffLanguage(lang: LanguageCode): StaffLanguage {
  return lang === 'en' ? 'en' : 'sv';
}

export interface LanguageInfo {
  code: LanguageCode;
  /** The language's own name in its own script. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The BCP 47 locale numbers, dates and plural rules follow. */
  locale: string;
  /** No translator has reviewed its texts yet: listed as a draft wherever languages are listed. */
  draft: boolean;
  /** The espeak-ng voice that can read its calls, or null where espeak-ng has none. */
  espeakVoice: string | null;
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'sv', name: 'Svenska', dir: 'ltr', locale: 'sv-SE', draft: false, espeakVoice: 'sv' },
  { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB', draft: false, espeakVoice: 'en-gb' },
  { code: 'ar', name: 'العربية', dir: 'rtl', locale: 'ar', draft: true, espeakVoice: 'ar' },
  { code: 'fa', name: 'فارسی', dir: 'rtl', locale: 'fa-IR', draft: true, espeakVoice: 'fa' },
  { code: 'so', name: 'Soomaali', dir: 'ltr', locale: 'so-SO', draft: true, espeakVoice: null },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr', locale: 'ti-ER', draft: true, espeakVoice: null },
  { code: 'fi', name: 'Suomi', dir: 'ltr', locale: 'fi-FI', draft: true, espeakVoice: 'fi' },
  { code: 'uk', name: 'Українська', dir: 'ltr', locale: 'uk-UA', draft: true, espeakVoice: 'uk' },
  { code: 'pl', name: 'Polski', dir: 'ltr', locale: 'pl-PL', draft: true, espeakVoice: 'pl' },
  { code: 'bs', name: 'Bosanski', dir: 'ltr', locale: 'bs-Latn-BA', draft: true, espeakVoice: 'bs' },
];

export const DEFAULT_LANGUAGE: LanguageCode = 'sv';
/** Swedish first: the product's home is a Swedish medborgarservice. */
export const DEFAULT_VISITOR_LANGUAGES: readonly CatalogueCode[] = ['sv', 'en'];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function isCatalogueCode(value: unknown): value is CatalogueCode {
  return typeof value === 'string' && (CATALOGUE_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: LanguageCode): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}
