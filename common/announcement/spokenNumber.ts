// How a number is read aloud from clips, following the language's NUMBER_READING (clips.ts). Ticket numbers are
// printed zero-padded ("A012"); a language read in words says "A twelve": a whole number is one or two words a
// visitor recognises at once, where "zero, one, two" is three words to hold in mind and easy to mishear in a noisy
// hall. So 1–999 are built from 28 number clips (0–19 and the tens) plus the hundreds; a rare 1000 or more falls
// back to digit by digit. A language read in digits says every printed digit, so the call matches the ticket.
import { NUMBER_READING, numberClip, wordClip, type ClipPath } from './clips.ts';
import type { LanguageCode } from '../i18n/languages.ts';

function belowHundred(lang: LanguageCode, n: number): ClipPath[] {
  if (n < 20) return [numberClip(lang, n)];
  const tens = Math.floor(n / 10) * 10;
  return n % 10 === 0 ? [numberClip(lang, tens)] : [numberClip(lang, tens), numberClip(lang, n % 10)];
}

const digitByDigit = (lang: LanguageCode, printed: string): ClipPath[] => printed.split('').map((digit) => numberClip(lang, Number(digit)));

/** printed: the number as printed, digits only ("012", "3"). */
export function spokenNumber(lang: LanguageCode, printed: string): ClipPath[] {
  if (!/^\d+$/.test(printed)) throw new RangeError(`only whole numbers from 0 can be spoken, got "${printed}"`);
  const reading = NUMBER_READING[lang];
  if (reading.kind === 'digits') return digitByDigit(lang, printed);
  const n = Number(printed);
  if (n >= 1000) return digitByDigit(lang, String(n));
  if (n < 100) return belowHundred(lang, n);
  const hundred = Math.floor(n / 100);
  const hundreds = reading.hundreds === 'whole' ? [numberClip(lang, hundred * 100)] : [numberClip(lang, hundred), wordClip(lang, 'hundred')];
  const rest = n % 100;
  if (rest === 0) return hundreds;
  return [...hundreds, ...(reading.and ? [wordClip(lang, 'and')] : []), ...belowHundred(lang, rest)];
}
