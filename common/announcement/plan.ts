// Which clips, in which order, call one visitor: the chime, then "Nummer B 12, disk 3" in the language the visitor
// chose at the kiosk. Pure, so the display's player only has to play the list.
import type { LanguageCode } from '../i18n/languages.ts';
import { BUILT_IN_VOICES, CHIME, letterClip, voiceLanguage, wordClip, type ClipPath } from './clips.ts';
import { spokenNumber } from './spokenNumber.ts';

export interface CallToAnnounce {
  /** As printed: the service's prefix and the running number, e.g. "B012". */
  ticketNumber: string;
  deskName: string;
  language: LanguageCode;
}

/**
 * The number a desk is announced by, as written: the one its name ends with ("Disk 3", "Room 12" → "3", "12"). A
 * desk named without one ("Reception") cannot be read from clips, so the announcement then says only the visitor's
 * number and the screen shows where to go.
 */
export function deskNumber(deskName: string): string | null {
  return /(\d+)\s*$/.exec(deskName)?.[1] ?? null;
}

/** voiced: the languages this hub has a voice for (GET /api/languages); a call in any other is read in Swedish. */
export function planAnnouncement({ ticketNumber, deskName, language: ticketLanguage }: CallToAnnounce, voiced: readonly LanguageCode[] = BUILT_IN_VOICES): ClipPath[] {
  const language = voiceLanguage(ticketLanguage, voiced);
  const parts = /^([A-Z]{1,3})(\d+)$/.exec(ticketNumber);
  // A number this display cannot read (a newer hub's format) still gets the chime that makes people look up.
  if (!parts) return [CHIME];
  const [, prefix, digits] = parts as unknown as [string, string, string];
  const clips = [CHIME, wordClip(language, 'number'), ...prefix.split('').map((letter) => letterClip(language, letter)), ...spokenNumber(language, digits)];
  const desk = deskNumber(deskName);
  if (desk !== null) clips.push(wordClip(language, 'desk'), ...spokenNumber(language, desk));
  return clips;
}
