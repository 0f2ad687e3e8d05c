// The pre-recorded clips a wall display strings together to call a visitor, named by what they say. One set per
// language (the visitor's, from the ticket) plus a language-free chime. scripts/make-voice-clips.ts records the
// built-in sets with espeak-ng, a centre's voice pack (<data>/voice/<code>/) may replace or add any of them, and a
// unit test checks that every clip an announcement can plan exists as a file.
import { LANGUAGES, type LanguageCode } from '../i18n/languages.ts';

/** A clip's path under /voice/ without the extension: "chime", "sv/12", "en/letter-b", "en/word-desk". */
export type ClipPath = string;
/** A clip's name inside its language's folder: "12", "letter-b", "word-desk" (the file is <name>.ogg). */
export type ClipName = string;

export const CHIME: ClipPath = 'chime';

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
export const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
/** Every number word a number up to 99 is built from (see spokenNumber.ts). */
export const NUMBER_WORDS = [...Array.from({ length: 20 }, (_, n) => n), 20, 30, 40, 50, 60, 70, 80, 90];
/** Whole hundreds recorded as one word each, for a language that inflects them ("kaksisataa", not "kaksi sata"). */
export const WHOLE_HUNDREDS = [100, 200, 300, 400, 500, 600, 700, 800, 900];
export const WORDS = ['number', 'desk', 'hundred', 'and'] as const;
export type Word = (typeof WORDS)[number];

/**
 * How a language reads the ticket's number. "words": as a whole number from a few dozen number words, which people
 * recognise at once; hundreds either as "<digit> hundred" ("multiplier", with English's "and") or as one clip per
 * whole hundred ("whole"). "digits": each printed digit, padding zeros included ("0 1 2", as on the ticket), for a
 * language whose numbers change with gender and case (Polish, Ukrainian, Bosnian) or join their parts in a way clips
 * cannot (Arabic's "two and twenty", Persian's "-o-"): ten clips say every number correctly.
 */
export type NumberReading = { kind: 'digits' } | { kind: 'words'; hundreds: 'multiplier' | 'whole'; and: boolean };

export const NUMBER_READING: Record<LanguageCode, NumberReading> = {
  sv: { kind: 'words', hundreds: 'multiplier', and: false },
  en: { kind: 'words', hundreds: 'multiplier', and: true },
  fi: { kind: 'words', hundreds: 'whole', and: false },
  ar: { kind: 'digits' },
  fa: { kind: 'digits' },
  so: { kind: 'digits' },
  ti: { kind: 'digits' },
  uk: { kind: 'digits' },
  pl: { kind: 'digits' },
  bs: { kind: 'digits' },
};

/** The languages whose clips ship under public/voice/: every one espeak-ng has a voice for. */
export const BUILT_IN_VOICES: readonly LanguageCode[] = LANGUAGES.filter((l) => l.espeakVoice !== null).map((l) => l.code);

/** The language a call is read in: the ticket's when it has a voice, else Swedish, the language of the hall. */
export function voiceLanguage(lang: LanguageCode, voiced: readonly LanguageCode[] = BUILT_IN_VOICES): LanguageCode {
  return voiced.includes(lang) ? lang : 'sv';
}

export const numberClip = (lang: LanguageCode, n: number): ClipPath => `${lang}/${n}`;
export const letterClip = (lang: LanguageCode, letter: string): ClipPath => `${lang}/letter-${letter.toLowerCase()}`;
export const wordClip = (lang: LanguageCode, word: Word): ClipPath => `${lang}/word-${word}`;

function numbersOf(reading: NumberReading): number[] {
  if (reading.kind === 'digits') return DIGITS;
  return reading.hundreds === 'whole' ? [...NUMBER_WORDS, ...WHOLE_HUNDREDS] : NUMBER_WORDS;
}

function wordsOf(reading: NumberReading): Word[] {
  if (reading.kind === 'digits' || reading.hundreds === 'whole') return ['number', 'desk'];
  return reading.and ? ['number', 'desk', 'hundred', 'and'] : ['number', 'desk', 'hundred'];
}

/** Every clip a call in this language can use, by name: what a complete voice pack for it holds. */
export function clipNames(lang: LanguageCode): ClipName[] {
  const reading = NUMBER_READING[lang];
  return [...numbersOf(reading).map(String), ...LETTERS.map((letter) => `letter-${letter.toLowerCase()}`), ...wordsOf(reading).map((word) => `word-${word}`)];
}

/** Every built-in clip file the displays may ask for. */
export function allClips(): ClipPath[] {
  return [CHIME, ...BUILT_IN_VOICES.flatMap((lang) => clipNames(lang).map((name) => `${lang}/${name}`))];
}
