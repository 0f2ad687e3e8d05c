// "You said, we did" through a real hub: an administrator records one with texts per language, anyone reads the
// current ones, a display's stream hears of it, retiring takes it off the list; bad texts and other roles are refused
// with nothing stored.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { collectEvents } from '../helpers/events.ts';
import type { Improvement, ImprovementList } from '../../common/schemas/improvements.ts';

const said = { sv: 'Skärmen var svår att läsa.', en: 'The queue screen was hard to read.' };
const did = { sv: 'Större siffror från mars.', en: 'Larger numbers from March.' };

describe('you said, we did', () => {
  let hub: RunningHub;
  let display: string;
  let kiosk: string;
  before(async () => {
    hub = await startHub();
    [display, kiosk] = await Promise.all([hub.pairDevice('display'), hub.pairDevice('kiosk')]);
  });
  after(() => hub?.stop());

  const current = async () => (await hub.api<ImprovementList>('GET', '/api/improvements', undefined, { token: null })).body.improvements;

  test('created, listed to anyone, announced on the public stream, and retired', async () => {
    const stream = await collectEvents(hub.url, undefined, display);
    const made = await hub.api<Improvement>('POST', '/api/improvements', { said, did: { sv: `  ${did.sv}  ` } });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.deepEqual({ ...made.body, createdAt: undefined }, { id: made.body.id, said, did: { sv: did.sv }, createdAt: undefined, retiredAt: null });
    assert.deepEqual(await current(), [made.body], 'read without any credential, texts stored cleaned');

    const retired = await hub.api<Improvement>('POST', `/api/improvements/${made.body.id}/retire`);
    assert.equal(retired.status, 200);
    assert.ok(retired.body.retiredAt);
    assert.deepEqual(await current(), []);
    assert.equal((await hub.api('POST', `/api/improvements/${made.body.id}/retire`)).status, 409);
    assert.equal((await hub.api('POST', '/api/improvements/9999/retire')).status, 404);

    const events = await stream.waitFor(2);
    assert.deepEqual(events.map((e) => e.type), ['improvement.created', 'improvement.retired']);
    await stream.close();
  });

  test('empty, unknown-language and too long texts are 400, other roles 403, and nothing is stored', async () => {
    for (const [body, says] of [
      [{ said: {}, did }, /at least one language/],
      [{ said, did: { sv: '   ' } }, /empty/],
      [{ said: { ...said, xx: 'okänt' }, did }, /xx/],
      [{ said, did: { en: 'x'.repeat(301) } }, /300/],
      [{ said }, /did/],
    ] as const) {
      const refused = await hub.api('POST', '/api/improvements', body);
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.match(refused.body.error, says);
    }
    for (const token of [display, kiosk]) assert.equal((await hub.api('POST', '/api/improvements', { said, did }, { token })).status, 403);
    assert.deepEqual(await current(), []);
  });
});
