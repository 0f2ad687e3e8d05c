// GET /api/speech with the real espeak-ng and opusenc: a paired kiosk gets Ogg Opus audio, the second request for the
// same sentence is served from the data folder without a new synthesis, a voiceless language is spoken with the
// Swedish voice, and bad input is a 400 with its code.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startHub, type RunningHub } from '../helpers/hub.ts';

describe('speech', () => {
  let hub: RunningHub;
  let kiosk: string;
  before(async () => {
    hub = await startHub();
    kiosk = await hub.pairDevice('kiosk');
  });
  after(() => hub?.stop());

  const say = (query: string, token = kiosk) => hub.fetch(`/api/speech?${query}`, { headers: { authorization: `Bearer ${token}` } });
  const cached = () => readdirSync(join(hub.dataDir, 'speech'));

  test('a sentence becomes Ogg Opus audio, made once and then served from the cache', async () => {
    const query = `lang=sv&text=${encodeURIComponent('Ditt nummer är S 0 0 1.')}`;
    const first = await say(query);
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('content-type'), 'audio/ogg');
    const audio = Buffer.from(await first.arrayBuffer());
    assert.equal(audio.subarray(0, 4).toString('latin1'), 'OggS');
    assert.ok(audio.length > 2_000, `a second of speech is more than ${audio.length} bytes`);
    const [file] = cached();
    assert.equal(cached().length, 1);
    const made = statSync(join(hub.dataDir, 'speech', file!)).mtimeMs;

    const second = await say(query);
    assert.deepEqual(Buffer.from(await second.arrayBuffer()), audio);
    assert.equal(statSync(join(hub.dataDir, 'speech', file!)).mtimeMs, made, 'the cached file was not made again');
    assert.equal(cached().length, 1);
  });

  test('Somali, which espeak-ng has no voice for, is spoken with the Swedish voice', async () => {
    const text = encodeURIComponent('Ditt nummer är S 0 0 1.');
    const before = cached().length;
    assert.equal((await say(`lang=so&text=${text}`)).status, 200);
    assert.equal(cached().length, before, 'same voice and text: the Swedish clip');
  });

  test('bad input is refused with its code, and nothing is synthesized', async () => {
    const before = cached().length;
    const refusals: [string, string][] = [
      [`lang=sv&text=${'a'.repeat(601)}`, 'speech-text-too-long'],
      ['lang=xx&text=hej', 'invalid-input'],
      ['lang=sv&text=', 'text-empty'],
      [`lang=sv&text=${encodeURIComponent('hej\u0007')}`, 'text-control-character'],
      ['lang=sv', 'invalid-input'],
    ];
    for (const [query, code] of refusals) {
      const answer = await say(query);
      assert.equal(answer.status, 400, query);
      assert.equal(((await answer.json()) as { code: string }).code, code, query);
    }
    assert.equal(cached().length, before);
  });

  test('a caller without a paired screen is refused', async () => {
    const answer = await hub.fetch('/api/speech?lang=sv&text=hej');
    assert.equal(answer.status, 401);
  });
});
