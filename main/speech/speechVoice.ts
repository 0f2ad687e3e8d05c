// Which espeak-ng voice speaks a language: its own, else Swedish's, else English's (Somali and Tigrinya have none).
import { languageInfo, type LanguageCode } from '../../common/i18n/languages.ts';

export function speechVoice(lang: LanguageCode): string {
  const voice = languageInfo(lang).espeakVoice ?? languageInfo('sv').espeakVoice ?? languageInfo('en').espeakVoice;
  if (!voice) throw new Error('no espeak-ng voice for Swedish or English');
  return voice;
}
