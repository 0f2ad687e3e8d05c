// A username is typed at a login prompt and shown in the audit trail, so two that look alike must be one. Names are
// stored in NFKC (fullwidth "ａｄｍｉｎ" is stored, and signs in, as "admin"), compared by their key (NFKC and case
// folded: "Admin", "ADMIN" and "ａｄｍｉｎ" are one name), and made only of letters, digits and . _ - with every
// letter from one script, so "аdmin" with a Cyrillic а is refused while a wholly Cyrillic "анна" is welcome.

export type UsernameFault =
  | { kind: 'character'; char: string }
  | { kind: 'mixed-scripts'; scripts: [string, string] };

/** Scripts a centre's staff write their names in; a letter of any other script is refused with the name. Japanese
 *  writes one name in three scripts, so they count as one. */
const SCRIPTS: readonly { name: string; pattern: RegExp }[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Ethiopic', /\p{Script=Ethiopic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Gurmukhi', /\p{Script=Gurmukhi}/u],
  ['Tamil', /\p{Script=Tamil}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
].map(([name, pattern]) => ({ name: name as string, pattern: pattern as RegExp }));

const ALLOWED = /^[\p{L}\p{M}\p{Nd}._-]$/u;
const LETTER = /^\p{L}$/u;

/** The form a username is stored in: NFKC, trimmed. */
export const normaliseUsername = (name: string): string => name.normalize('NFKC').trim();

/** The key two usernames are compared by: NFKC with full case folding (upper then lower case folds "ß" to "ss"). */
export const usernameKey = (name: string): string => normaliseUsername(name).toUpperCase().toLowerCase().normalize('NFKC');

/** Why a (normalised) username may not be created, or null. */
export function usernameFault(name: string): UsernameFault | null {
  let script: string | undefined;
  for (const char of name) {
    if (!ALLOWED.test(char)) return { kind: 'character', char };
    if (!LETTER.test(char)) continue;
    const found = SCRIPTS.find(({ pattern }) => pattern.test(char));
    if (!found) return { kind: 'character', char };
    if (script !== undefined && found.name !== script) return { kind: 'mixed-scripts', scripts: [script, found.name] };
    script = found.name;
  }
  return null;
}

export function describeUsernameFault(fault: UsernameFault): string {
  return fault.kind === 'character'
    ? `a username is letters, digits and . _ - only, not "${fault.char}"`
    : `a username is written in one script: it mixes ${fault.scripts[0]} and ${fault.scripts[1]} letters, which look alike`;
}
