// Fifty wall displays connected while kiosks and desks work without pause: every display gets every public event,
// once, in seq order, and the events are exactly the tickets handed out and the calls made. (bench/load is the long
// version with figures.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService } from '../helpers/centre.ts';
import type { EventCollector } from '../helpers/events.ts';
import { checkDelivery, connectDisplays, currentSeq, runLoad } from '../helpers/load.ts';

describe('load: 50 displays while staff call and kiosks issue', () => {
  let hub: RunningHub;
  let displays: EventCollector[] = [];
  before(async () => {
    hub = await startHub();
  });
  after(async () => {
    await Promise.all(displays.map((display) => display.close()));
    await hub?.stop();
  });

  test('every display receives every public event exactly once, in order', async () => {
    const housing = await addService(hub, 'Housing', 'A');
    const tax = await addService(hub, 'Council tax', 'B');
    const desks = await Promise.all([1, 2].map((n) => addDesk(hub, `Desk ${n}`, [housing.id, tax.id])));
    const after = await currentSeq(hub);
    displays = await connectDisplays(hub, 50, after);

    const outcome = await runLoad(hub, { serviceIds: [housing.id, tax.id], deskIds: desks.map((d) => d.id), kiosks: 2, durationMs: 3_000 });
    assert.deepEqual(outcome.refusals, []);
    assert.ok(outcome.issue.length > 0 && outcome.call.length > 0, 'the run issued and called tickets');

    const { expected, problems } = await checkDelivery(hub, displays, after);
    assert.deepEqual(problems, []);
    const count = (type: string) => expected.filter((e) => e.type === type).length;
    assert.equal(count('ticket.issued'), outcome.issue.length, 'one ticket.issued per ticket handed out');
    assert.equal(count('ticket.called'), outcome.call.length, 'one ticket.called per visitor called');
    assert.equal(count('ticket.finished'), outcome.finish.length, 'one ticket.finished per visit finished');
  });
});
