// How a number is read aloud from clips. Ticket numbers are printed zero-padded ("A012") but people say and
// listen for "A twelve": a whole number is one or two words a visitor recognises at once, where "zero, one, two" is
// three words to hold in mind and easy to mishear in a noisy hall. So 1–999 are read as words built from 28 number
// clips (0–19 and the tens) plus "hundred" (and English's "and"); a rare 1000 or more falls back to digit by
// digit, which every language's clips can say.
import { numberClip, wordClip, type ClipPath, type VoiceLanguage } from './clips.ts';

function belowHundred(lang: VoiceLanguage, n: number): ClipPath[] {
  if (n < 20) return [numberClip(lang, n)];
  const tens = Math.floor(n / 10) * 10;
  return n % 10 === 0 ? [numberClip(lang, tens)] : [numberClip(lang, tens), numberClip(lang, n % 10)];
}

export function spokenNumber(lang: VoiceLanguage, n: number): ClipPath[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`only whole numbers from 0 can be spoken, got ${n}`);
  if (n >= 1000) return String(n).split('').map((digit) => numberClip(lang, Number(digit)));
  if (n < 100) return belowHundred(lang, n);
  const hundreds = [numberClip(lang, Math.floor(n / 100)), wordClip(lang, 'hundred')];
  const rest = n % 100;
  if (rest === 0) return hundreds;
  return [...hundreds, ...(lang === 'en' ? [wordClip(lang, 'and')] : []), ...belowHundred(lang, rest)];
}
