// The languages a visitor can choose. Each is named in its own language on the language buttons, and carries its
// writing direction so that a right-to-left language needs only its strings, not new layouts.

export const LANGUAGE_CODES = ['sv', 'en'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export interface LanguageInfo {
  code: LanguageCode;
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'sv', nativeName: 'Svenska', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
];

export const DEFAULT_LANGUAGE: LanguageCode = 'sv';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

export function languageInfo(code: LanguageCode): LanguageInfo {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0]!;
}
