// The pre-recorded clips a wall display strings together to call a visitor, named by what they say. One set per
// language (the visitor's, from the ticket) plus a language-free chime. scripts/make-voice-clips.ts records exactly
// this list, and a unit test checks that every clip an announcement can plan exists as a file.
import type { LanguageCode } from '../i18n/languages.ts';

/** A clip's path under /voice/ without the extension: "chime", "sv/12", "en/letter-b", "en/word-desk". */
export type ClipPath = string;

export const CHIME: ClipPath = 'chime';

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Every number word a number up to 999 is built from (see spokenNumber.ts). */
export const NUMBER_WORDS = [...Array.from({ length: 20 }, (_, n) => n), 20, 30, 40, 50, 60, 70, 80, 90];
export const WORDS = ['number', 'desk', 'hundred', 'and'] as const;
export type Word = (typeof WORDS)[number];

/** The languages whose clips ship under public/voice/; a call in any other language is read in Swedish. */
export const VOICE_LANGUAGES = ['sv', 'en'] as const satisfies readonly LanguageCode[];
export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number];

export function voiceLanguage(lang: LanguageCode): VoiceLanguage {
  return (VOICE_LANGUAGES as readonly LanguageCode[]).includes(lang) ? (lang as VoiceLanguage) : 'sv';
}

export const numberClip = (lang: VoiceLanguage, n: number): ClipPath => `${lang}/${n}`;
export const letterClip = (lang: VoiceLanguage, letter: string): ClipPath => `${lang}/letter-${letter.toLowerCase()}`;
export const wordClip = (lang: VoiceLanguage, word: Word): ClipPath => `${lang}/word-${word}`;

/** Swedish joins hundreds and tens without a word ("etthundratolv"); English says "one hundred and twelve". */
export const WORDS_PER_LANGUAGE: Record<VoiceLanguage, readonly Word[]> = {
  sv: ['number', 'desk', 'hundred'],
  en: ['number', 'desk', 'hundred', 'and'],
};

/** Every clip file the displays may ask for. */
export function allClips(): ClipPath[] {
  return [
    CHIME,
    ...VOICE_LANGUAGES.flatMap((lang) => [
      ...NUMBER_WORDS.map((n) => numberClip(lang, n)),
      ...LETTERS.map((letter) => letterClip(lang, letter)),
      ...WORDS_PER_LANGUAGE[lang].map((word) => wordClip(lang, word)),
    ]),
  ];
}
