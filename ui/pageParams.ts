// Screens are configured by their URL alone (a kiosk or wall TV is pointed at a link once and left running), so the
// query string is the one place settings such as the staff token or the desk come from.
import { isLanguageCode, type LanguageCode } from '../common/i18n/languages.ts';

function param(name: string): string | null {
  const value = new URLSearchParams(window.location.search).get(name);
  return value === null || value === '' ? null : value;
}

export function pageToken(): string | null {
  return param('token');
}

export function pageLanguage(): LanguageCode | null {
  const lang = param('lang');
  return isLanguageCode(lang) ? lang : null;
}

export function pageNumber(name: string): number | null {
  const value = Number(param(name));
  return Number.isInteger(value) && value > 0 ? value : null;
}
