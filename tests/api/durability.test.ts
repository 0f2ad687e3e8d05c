// Nothing lost, nothing doubled: concurrent kiosks get consecutive numbers, desks racing for one queue never call the
// same visitor, and a hub killed with SIGKILL (power cut, crash) comes back with every ticket it acknowledged and
// numbering that continues without a gap or a repeat.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, getTicket, takeTicket } from '../helpers/centre.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import type { Ticket, QueueSnapshot } from '../../common/schemas/tickets.ts';

const numbers = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`);

async function waitingNumbers(hub: RunningHub): Promise<string[]> {
  const { status, body } = await hub.api<QueueSnapshot>('GET', '/api/queue');
  assert.equal(status, 200);
  return body.waiting.map((t) => t.number);
}

describe('nothing lost', () => {
  const hubs: RunningHub[] = [];
  const dirs: string[] = [];
  /** A hub on a data folder this suite owns; every hub is stopped and every folder removed in after(). */
  async function hubOn(dataDir: string): Promise<RunningHub> {
    if (!dirs.includes(dataDir)) dirs.push(dataDir);
    const hub = await startHub({ dataDir });
    hubs.push(hub);
    return hub;
  }
  after(async () => {
    for (const hub of hubs) if (hub.process.exitCode === null && hub.process.signalCode === null) await hub.stop();
    for (const dir of dirs) removeDataDir(dir);
  });

  describe('one hub under concurrent load', () => {
    let hub: RunningHub;
    before(async () => {
      hub = await hubOn(makeDataDir());
    });

    test('30 tickets taken at once get 30 distinct numbers A001..A030 without a gap', async () => {
      const service = await addService(hub, 'Housing', 'A');
      const responses = await Promise.all(Array.from({ length: 30 }, () => hub.api<Ticket>('POST', '/api/tickets', { serviceId: service.id })));
      for (const r of responses) assert.equal(r.status, 201, JSON.stringify(r.body));
      const issued = responses.map((r) => r.body);
      assert.deepEqual(issued.map((t) => t.number).sort(), numbers('A', 30));
      assert.equal(new Set(issued.map((t) => t.id)).size, 30);
      // Each visitor's place in line matches the number they got.
      for (const ticket of issued) assert.equal(ticket.ahead, Number(ticket.number.slice(1)) - 1, `${ticket.number} ahead`);
      assert.deepEqual(await waitingNumbers(hub), numbers('A', 30));
    });

    test('four desks calling next at once never call the same visitor', async () => {
      const service = await addService(hub, 'Council tax', 'B');
      const desks = await Promise.all([1, 2, 3, 4].map((n) => addDesk(hub, `Tax desk ${n}`, [service.id])));
      const tickets = await Promise.all(Array.from({ length: 48 }, () => takeTicket(hub, service.id)));
      const calledBy = new Map<number, number[]>(); // ticket id -> desks that were handed it
      await Promise.all(
        desks.map(async (desk) => {
          for (;;) {
            const ticket = await atDesk(hub, desk.id, 'next');
            if (!ticket) return;
            assert.equal(ticket.deskId, desk.id);
            calledBy.set(ticket.id, [...(calledBy.get(ticket.id) ?? []), desk.id]);
          }
        }),
      );
      const doubles = [...calledBy].filter(([, byDesks]) => byDesks.length > 1);
      assert.deepEqual(doubles, [], 'a ticket was called by more than one desk');
      assert.deepEqual([...calledBy.keys()].sort((a, b) => a - b), tickets.map((t) => t.id).sort((a, b) => a - b), 'every visitor was called');
      assert.ok(new Set([...calledBy.values()].map(([d]) => d)).size > 1, 'the desks really shared the work');
      // Each desk's last `next` (204) finished its visitor: every ticket ended finished, at the desk that called it.
      for (const ticket of tickets) {
        const now = await getTicket(hub, ticket.id);
        assert.equal(now.state, 'finished', `${now.number}`);
        assert.equal(now.deskId, calledBy.get(ticket.id)![0]);
      }
      const report = await hub.api('GET', '/api/reports/summary');
      assert.equal(report.body.served, 48);
    });
  });

  test('kill -9 right after acknowledged tickets: all survive a restart and numbering continues', async () => {
    const dataDir = makeDataDir();
    const first = await hubOn(dataDir);
    const service = await addService(first, 'Parking permits', 'P');
    const desk = await addDesk(first, 'Desk P', [service.id]);
    const acknowledged: Ticket[] = [];
    for (let i = 0; i < 6; i++) acknowledged.push(await takeTicket(first, service.id));
    acknowledged.push(...(await Promise.all(Array.from({ length: 6 }, () => takeTicket(first, service.id)))));
    const called = await atDesk(first, desk.id, 'next');
    await first.kill9();

    const second = await hubOn(dataDir);
    assert.deepEqual((await second.api('GET', '/api/services')).body, [service]);
    assert.deepEqual((await second.api('GET', '/api/desks')).body, [desk]);
    for (const ticket of acknowledged) {
      const stored = await getTicket(second, ticket.id);
      assert.equal(stored.number, ticket.number);
      assert.equal(stored.issuedAt, ticket.issuedAt);
    }
    assert.equal((await getTicket(second, called!.id)).state, 'called', 'the call made before the crash is kept');
    assert.equal((await takeTicket(second, service.id)).number, 'P013');
    assert.deepEqual(await waitingNumbers(second), numbers('P', 13).slice(1));
  });

  test('kill -9 in the middle of a burst: every ticket answered 201 exists after restart, numbers unique and gap-free', async () => {
    const dataDir = makeDataDir();
    const first = await hubOn(dataDir);
    const service = await addService(first, 'Social questions', 'S');
    let answered = 0;
    let killed: Promise<void> | undefined;
    const burst = Array.from({ length: 50 }, () =>
      first.api<Ticket>('POST', '/api/tickets', { serviceId: service.id }).then((response) => {
        answered++;
        if (answered === 3) killed = first.kill9();
        return response;
      }),
    );
    const results = await Promise.allSettled(burst);
    await killed;
    const acknowledged = results.flatMap((r) => (r.status === 'fulfilled' && r.value.status === 201 ? [r.value.body] : []));
    const unexpected = results.flatMap((r) => (r.status === 'fulfilled' && r.value.status !== 201 ? [r.value.status] : []));
    assert.deepEqual(unexpected, [], 'requests either got 201 or lost their connection');
    assert.ok(acknowledged.length >= 3, `at least the first answers arrived (${acknowledged.length})`);

    const second = await hubOn(dataDir);
    const stored = await waitingNumbers(second);
    assert.equal(new Set(stored).size, stored.length, 'no number twice');
    assert.deepEqual(stored, numbers('S', stored.length), 'numbers run from S001 without a gap');
    for (const ticket of acknowledged) {
      const again = await getTicket(second, ticket.id);
      assert.equal(again.number, ticket.number, `acknowledged ${ticket.number} is stored as it was answered`);
    }
    assert.ok(stored.length >= acknowledged.length);
    assert.equal((await takeTicket(second, service.id)).number, numbers('S', stored.length + 1).at(-1));
  });
});
