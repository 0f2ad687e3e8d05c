// A centre's own recordings for the display's calls: <data>/voice/<code>/<clip>.ogg, named as the built-in clips are
// (common/announcement/clips.ts clipNames). A pack may replace a few clips of a built-in voice (a human "desk"), give
// a language espeak-ng cannot speak (Somali, Tigrinya) a voice, or replace a voice whole. Read from disk on each ask,
// so a recording dropped into the folder is heard on the next call without a restart.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_VOICES, CHIME, clipNames, type ClipName } from '../common/announcement/clips.ts';
import { isLanguageCode, type LanguageCode } from '../common/i18n/languages.ts';
import type { LanguageEntry } from '../common/schemas/languages.ts';

export type VoiceKind = LanguageEntry['voice'];

export const voicePackFolder = (dataDir: string) => join(dataDir, 'voice');

/** recorded: the pack covers every clip; synthesized: the built-in clips (perhaps with some of the pack's); none. */
export function voiceKind(packs: string | null, lang: LanguageCode): VoiceKind {
  if (packs && clipNames(lang).every((name) => existsSync(join(packs, lang, `${name}.ogg`)))) return 'recorded';
  return BUILT_IN_VOICES.includes(lang) ? 'synthesized' : 'none';
}

/**
 * The file to play for GET /voice/<path>: the pack's when it has one, else the built-in, else null. Only the known
 * clip names are looked up, so no request can name any other file (no "..", no other extension).
 */
export function clipFile(packs: string | null, builtIn: string, path: string): string | null {
  if (path === `${CHIME}.ogg`) return existsSync(join(builtIn, path)) ? join(builtIn, path) : null;
  const [lang, file, ...rest] = path.split('/');
  if (rest.length > 0 || !isLanguageCode(lang) || !file?.endsWith('.ogg')) return null;
  const name: ClipName = file.slice(0, -'.ogg'.length);
  if (!clipNames(lang).includes(name)) return null;
  for (const root of packs ? [packs, builtIn] : [builtIn]) {
    const candidate = join(root, lang, file);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
