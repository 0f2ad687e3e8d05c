// Records the wall display's announcement clips (common/announcement/clips.ts) with Debian's espeak-ng, trims the
// silence espeak leaves around each word so the concatenated call sounds like one sentence, and encodes them as
// small mono Opus files under public/voice/, which Vite copies into the build and the hub serves at /voice/. The
// clips are committed, so a fresh clone, CI and every centre play them without a speech engine; this script is only
// for changing the voice or adding a language. Name languages to record only theirs (opusenc gives every file a new
// stream serial, so recording all would rewrite every committed clip).
//   apt-get install espeak-ng sox opus-tools && npx tsx scripts/make-voice-clips.ts [fi pl …]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { allClips, BUILT_IN_VOICES, CHIME, type ClipPath, type Word } from '../common/announcement/clips.ts';
import { languageInfo, type LanguageCode } from '../common/i18n/languages.ts';

const out = resolve(import.meta.dirname, '..', 'public', 'voice');
const asked = process.argv.slice(2);
const unknown = asked.filter((lang) => !(BUILT_IN_VOICES as readonly string[]).includes(lang));
if (unknown.length > 0) throw new Error(`no espeak-ng voice for ${unknown.join(', ')}; these have one: ${BUILT_IN_VOICES.join(' ')}`);
const languages = asked.length > 0 ? (asked as LanguageCode[]) : BUILT_IN_VOICES;
const work = mkdtempSync(join(tmpdir(), 'lotsa-voice-'));

/** The word a service counter is called by where the language is spoken: Polish queues say "stanowisko", Bosnian
 *  "šalter", Persian banks "باجه", Arabic "شباك", Ukrainian "вікно", Finnish offices "palvelupiste". */
const WORD_TEXT: Partial<Record<LanguageCode, Partial<Record<Word, string>>>> = {
  sv: { number: 'nummer', desk: 'disk', hundred: 'hundra' },
  en: { number: 'number', desk: 'desk', hundred: 'hundred', and: 'and' },
  fi: { number: 'numero', desk: 'palvelupiste' },
  ar: { number: 'رقم', desk: 'شباك' },
  fa: { number: 'شماره', desk: 'باجه' },
  pl: { number: 'numer', desk: 'stanowisko' },
  uk: { number: 'номер', desk: 'вікно' },
  bs: { number: 'broj', desk: 'šalter' },
};
/** Slower than espeak's default 175 words a minute: a hall echoes, and many listeners are not native speakers. */
const WORDS_PER_MINUTE = '140';

/**
 * What espeak-ng is given for a clip: SSML, so a lone letter is spelt ("B" → "bee") rather than read as a word. Each
 * voice says a Latin capital the way its speakers do (checked with espeak-ng -x): fi, pl and bs by their own letter
 * names ("hoo", "jot", "dvostruko ve"); ar, fa and uk, whose scripts are not Latin, switch to the English names.
 */
function speech(lang: LanguageCode, name: string): string {
  const letter = /^letter-([a-z])$/.exec(name)?.[1];
  if (letter) return `<speak><say-as interpret-as="characters">${letter.toUpperCase()}</say-as></speak>`;
  const word = /^word-(\w+)$/.exec(name)?.[1] as Word | undefined;
  if (word) return `<speak>${WORD_TEXT[lang]![word]!}</speak>`;
  if (/^\d+$/.test(name)) return `<speak>${name}</speak>`;
  throw new Error(`no speech for clip ${lang}/${name}`);
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function encode(wav: string, clip: ClipPath, bitrateKbps: number): void {
  const target = join(out, `${clip}.ogg`);
  mkdirSync(dirname(target), { recursive: true });
  run('opusenc', ['--quiet', '--bitrate', String(bitrateKbps), '--downmix-mono', '--comp', '10', wav, target]);
}

function record(clip: ClipPath): void {
  const [lang, name] = clip.split('/') as [LanguageCode, string];
  const raw = join(work, 'raw.wav');
  const trimmed = join(work, 'trimmed.wav');
  run('espeak-ng', ['-v', languageInfo(lang).espeakVoice!, '-s', WORDS_PER_MINUTE, '-m', '-w', raw, speech(lang, name)]);
  // Silence off both ends, then a short pause after the word: the gap between words in the played sentence.
  run('sox', [raw, '-r', '48000', '-b', '16', trimmed, 'silence', '1', '0.02', '0.5%', 'reverse', 'silence', '1', '0.02', '0.5%', 'reverse', 'pad', '0', '0.08']);
  encode(trimmed, clip, 20);
}

/** Two falling tones ("ding-dong"), the sound every queue in the country has taught people to look up at. */
function recordChime(): void {
  const wav = join(work, 'chime.wav');
  run('sox', ['-n', '-r', '48000', '-c', '1', '-b', '16', wav, 'synth', '0.7', 'sine', '784', 'fade', 'q', '0.01', '0.7', '0.6', ':', 'synth', '1.1', 'sine', '622', 'fade', 'q', '0.01', '1.1', '1.0', 'gain', '-6', 'pad', '0', '0.2']);
  encode(wav, CHIME, 32);
}

try {
  if (asked.length === 0) {
    rmSync(out, { recursive: true, force: true });
    recordChime();
  }
  for (const lang of languages) rmSync(join(out, lang), { recursive: true, force: true });
  for (const clip of allClips()) if (languages.some((lang) => clip.startsWith(`${lang}/`))) record(clip);
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const sizes = new Map<string, { clips: number; bytes: number }>();
  for (const entry of files) {
    const folder = entry.parentPath === out ? '(chime)' : basename(entry.parentPath);
    const size = sizes.get(folder) ?? { clips: 0, bytes: 0 };
    sizes.set(folder, { clips: size.clips + 1, bytes: size.bytes + statSync(join(entry.parentPath, entry.name)).size });
  }
  for (const [folder, size] of sizes) console.log(`${folder}: ${size.clips} clips, ${(size.bytes / 1024).toFixed(0)} KiB`);
  const bytes = [...sizes.values()].reduce((sum, size) => sum + size.bytes, 0);
  console.log(`${files.length} clips in ${out}, ${(bytes / 1024).toFixed(0)} KiB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
