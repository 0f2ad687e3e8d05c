// A centre's voice pack: recordings under <data>/voice/<code>/ win over the built-in clips, fill in a language
// espeak-ng cannot speak, and GET /api/languages says which voice each language has. Needs the built screens
// (npm run build:screens), where the built-in clips are.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clipNames } from '../../common/announcement/clips.ts';
import type { LanguagesAnswer } from '../../common/schemas/languages.ts';
import { startHub, type RunningHub } from '../helpers/hub.ts';

const builtIn = (clip: string) => readFileSync(resolve(import.meta.dirname, '..', '..', 'public', 'voice', `${clip}.ogg`));
/** Stands in for a recording: the hub serves the bytes it finds and never decodes them. */
const recording = (what: string) => Buffer.from(`OggS recorded ${what}`);

describe('voice packs', () => {
  let dataDir: string;
  let hub: RunningHub;

  const clip = async (path: string) => {
    const answer = await hub.fetch(path);
    return { status: answer.status, type: answer.headers.get('content-type'), body: Buffer.from(await answer.arrayBuffer()) };
  };
  const voices = async () => {
    const { body } = await hub.api<LanguagesAnswer>('GET', '/api/languages', undefined, { token: null });
    return Object.fromEntries(body.languages.map((l) => [l.code, l.voice]));
  };

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lotsa-voice-pack-'));
    const folder = (lang: string) => {
      mkdirSync(join(dataDir, 'voice', lang), { recursive: true });
      return join(dataDir, 'voice', lang);
    };
    // A Somali pack with every clip, and one human "disk" in the Swedish voice.
    for (const name of clipNames('so')) writeFileSync(join(folder('so'), `${name}.ogg`), recording(`so/${name}`));
    writeFileSync(join(folder('sv'), 'word-desk.ogg'), recording('sv/word-desk'));
    // Files that are not clips are never served, whatever their name.
    writeFileSync(join(folder('sv'), 'notes.ogg'), 'not a clip');
    writeFileSync(join(dataDir, 'voice', 'secret.ogg'), 'not a clip');
    hub = await startHub({ dataDir });
  });
  after(async () => {
    await hub?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('a pack clip wins over the built-in one; the clips it lacks stay built-in', async () => {
    const desk = await clip('/voice/sv/word-desk.ogg');
    assert.equal(desk.status, 200);
    assert.equal(desk.type, 'audio/ogg');
    assert.deepEqual(desk.body, recording('sv/word-desk'));
    assert.deepEqual((await clip('/voice/sv/word-number.ogg')).body, builtIn('sv/word-number'));
    assert.deepEqual((await clip('/voice/ar/letter-b.ogg')).body, builtIn('ar/letter-b'));
    assert.deepEqual((await clip('/voice/so/7.ogg')).body, recording('so/7'));
    assert.deepEqual((await clip('/voice/chime.ogg')).body, builtIn('chime'));
  });

  test('languages says recorded for a complete pack, synthesized for built-in clips, none otherwise', async () => {
    const voice = await voices();
    assert.equal(voice.so, 'recorded');
    assert.equal(voice.sv, 'synthesized', 'one recorded clip does not make the voice recorded');
    assert.equal(voice.ar, 'synthesized');
    assert.equal(voice.ti, 'none');
    // Recording the rest of Swedish is seen at once, without a restart.
    for (const name of clipNames('sv')) writeFileSync(join(dataDir, 'voice', 'sv', `${name}.ogg`), recording(`sv/${name}`));
    assert.equal((await voices()).sv, 'recorded');
  });

  test('only known clip names are served: no other file of the pack or the data folder', async () => {
    for (const path of ['/voice/sv/notes.ogg', '/voice/secret.ogg', '/voice/sv/..%2F..%2Flotsa.sqlite', '/voice/sv/../../lotsa.sqlite', '/voice/xx/1.ogg', '/voice/ar/100.ogg', '/voice/ti/1.ogg']) {
      assert.equal((await clip(path)).status, 404, path);
    }
  });

  test('a display revalidates each clip, so a replaced recording is heard on the next call', async () => {
    const first = await hub.fetch('/voice/so/3.ogg');
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const etag = first.headers.get('etag')!;
    assert.equal((await hub.fetch('/voice/so/3.ogg', { headers: { 'if-none-match': etag } })).status, 304);
    writeFileSync(join(dataDir, 'voice', 'so', '3.ogg'), recording('so/3, recorded again'));
    const again = await clip('/voice/so/3.ogg');
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, recording('so/3, recorded again'));
  });
});
