// A retried tap makes no second ticket: POSTs carrying an Idempotency-Key answer a repeat with the first answer and
// change nothing; the key is bound to one caller and one request, and it is kept across a restart of the hub.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService } from '../helpers/centre.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import type { Service } from '../../common/schemas/services.ts';

interface Sent {
  status: number;
  text: string;
  replayed: boolean;
}

async function send(hub: RunningHub, path: string, body: unknown, key: string | null, token = hub.token): Promise<Sent> {
  const response = await fetch(hub.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key === null ? {} : { 'idempotency-key': key }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text(), replayed: response.headers.get('idempotent-replayed') === 'true' };
}

const waitingCount = async (hub: RunningHub) => (await hub.api<{ waiting: unknown[] }>('GET', '/api/queue')).body.waiting.length;

describe('Idempotency-Key', () => {
  const dataDir = makeDataDir();
  let hub: RunningHub;
  let service: Service;
  before(async () => {
    hub = await startHub({ dataDir });
    service = await addService(hub, 'Pass', 'P');
  });
  after(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('a kiosk tap sent four times with one key is one ticket, every answer the first', async () => {
    const kiosk = await hub.pairDevice('kiosk');
    const before = await waitingCount(hub);
    const first = await send(hub, '/api/tickets', { serviceId: service.id }, 'tap-0001', kiosk);
    assert.equal(first.status, 201, first.text);
    const repeats = await Promise.all([1, 2, 3].map(() => send(hub, '/api/tickets', { serviceId: service.id }, 'tap-0001', kiosk)));
    for (const repeat of repeats) {
      assert.equal(repeat.status, 201);
      assert.equal(repeat.text, first.text, 'the same body, byte for byte');
      assert.ok(repeat.replayed);
    }
    assert.equal(await waitingCount(hub), before + 1);
    // A fresh key is a fresh tap.
    const second = await send(hub, '/api/tickets', { serviceId: service.id }, 'tap-0002', kiosk);
    assert.notEqual(JSON.parse(second.text).number, JSON.parse(first.text).number);
  });

  test('the same key with another body is refused with 422 and changes nothing', async () => {
    const other = await addService(hub, 'Id-kort', 'I');
    await send(hub, '/api/tickets', { serviceId: service.id }, 'tap-0003');
    const before = await waitingCount(hub);
    const reused = await send(hub, '/api/tickets', { serviceId: other.id }, 'tap-0003');
    assert.equal(reused.status, 422);
    assert.equal(JSON.parse(reused.text).code, 'idempotency-key-reused');
    const elsewhere = await send(hub, '/api/survey', { answers: [5, 5, 5, 5, 5] }, 'tap-0003');
    assert.equal(elsewhere.status, 422, 'a key is one request, whatever the endpoint');
    assert.equal(await waitingCount(hub), before);
  });

  test('keys are per caller: two kiosks using one key each get their own ticket', async () => {
    const [a, b] = [await hub.pairDevice('kiosk', 'Kiosk A'), await hub.pairDevice('kiosk', 'Kiosk B')];
    const first = await send(hub, '/api/tickets', { serviceId: service.id }, 'same-key', a);
    const second = await send(hub, '/api/tickets', { serviceId: service.id }, 'same-key', b);
    assert.equal(second.status, 201);
    assert.equal(second.replayed, false);
    assert.notEqual(JSON.parse(first.text).id, JSON.parse(second.text).id);
  });

  test('a desk action repeated is answered once: "next" twice with one key calls one visitor', async () => {
    const desk = await addDesk(hub, 'Desk I', [service.id]);
    const next = await send(hub, `/api/desks/${desk.id}/next`, {}, 'desk-next-1');
    assert.equal(next.status, 200);
    const again = await send(hub, `/api/desks/${desk.id}/next`, {}, 'desk-next-1');
    assert.equal(again.text, next.text);
    const finish = await send(hub, `/api/desks/${desk.id}/finish`, {}, 'desk-finish-1');
    assert.equal(finish.status, 200);
    assert.equal((await send(hub, `/api/desks/${desk.id}/finish`, {}, 'desk-finish-1')).status, 200, 'the repeat is the first answer, not "no visitor at the desk"');
    const unkeyed = await send(hub, `/api/desks/${desk.id}/finish`, {}, null);
    assert.equal(unkeyed.status, 409, 'without a key a second finish is refused as before');
  });

  test('a survey sent twice with one key is one response', async () => {
    const survey = await hub.pairDevice('survey');
    const body = { answers: [4, 4, null, 5, 3] };
    const first = await send(hub, '/api/survey', body, 'survey-1', survey);
    const again = await send(hub, '/api/survey', body, 'survey-1', survey);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.text, first.text);
  });

  test('a refusal is not kept: once the reason is gone, the same key succeeds', async () => {
    const desk = await addDesk(hub, 'Desk R', [service.id]);
    const refused = await send(hub, `/api/desks/${desk.id}/recall`, {}, 'recall-1');
    assert.equal(refused.status, 409);
    await send(hub, `/api/desks/${desk.id}/next`, {}, null);
    assert.equal((await send(hub, `/api/desks/${desk.id}/recall`, {}, 'recall-1')).status, 200);
  });

  test('a key that is not 1 to 100 visible characters is refused with 400', async () => {
    for (const key of ['x'.repeat(101), 'två', 'a b']) {
      const sent = await send(hub, '/api/tickets', { serviceId: service.id }, key);
      assert.equal(sent.status, 400, key);
      assert.equal(JSON.parse(sent.text).code, 'idempotency-key-invalid');
    }
  });

  test('the first answer survives a restart of the hub', async () => {
    const first = await send(hub, '/api/tickets', { serviceId: service.id }, 'before-restart');
    await hub.stop();
    hub = await startHub({ dataDir, token: hub.token });
    const again = await send(hub, '/api/tickets', { serviceId: service.id }, 'before-restart');
    assert.equal(again.status, 201);
    assert.equal(JSON.parse(again.text).id, JSON.parse(first.text).id);
  });
});
