// The one i18n layer: every visible string goes through t(). A missing parameter shows as {name} rather than
// vanishing, so a translation mistake is visible on screen and in tests.
import { en, type MessageKey } from './en.ts';
import { sv } from './sv.ts';
import type { LanguageCode } from './languages.ts';

const catalogues: Record<LanguageCode, Record<MessageKey, string>> = { sv, en };

export type MessageParams = Record<string, string | number>;

export function t(language: LanguageCode, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type { MessageKey };
