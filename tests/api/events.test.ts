// The event stream screens live on: every change arrives once, in seq order, with its details; a screen that drops
// off and comes back with ?after=<last seq> gets exactly what it missed; a bad ?after is refused before the upgrade;
// the log is in the database, so a restarted hub replays it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, callNext, takeTicket } from '../helpers/centre.ts';
import { collectEvents, refusedUpgrade, type EventCollector } from '../helpers/events.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import { HubEvent } from '../../common/schemas/events.ts';
import type { Service } from '../../common/schemas/services.ts';
import type { Desk } from '../../common/schemas/desks.ts';
import type { QueueSnapshot } from '../../common/schemas/tickets.ts';

function assertInOrder(events: HubEvent[], after: number) {
  assert.deepEqual(
    events.map((e) => e.seq),
    events.map((_, i) => after + i + 1),
    'seqs follow on from after, one by one',
  );
  for (const event of events) {
    assert.ok(HubEvent.safeParse(event).success, `event matches the published schema: ${JSON.stringify(event)}`);
    assert.ok(!Number.isNaN(Date.parse(event.at)), `at is a time: ${event.at}`);
  }
}

describe('event stream', () => {
  let dataDir: string;
  let hub: RunningHub;
  let housing: Service;
  let tax: Service;
  let desk: Desk;
  const open: EventCollector[] = [];
  const listen = async (after: number, on = hub) => {
    const collector = await collectEvents(on.url, after, on.token);
    open.push(collector);
    return collector;
  };
  const seqNow = async () => (await hub.api<QueueSnapshot>('GET', '/api/queue')).body.seq;

  before(async () => {
    dataDir = makeDataDir();
    hub = await startHub({ dataDir });
    housing = await addService(hub, 'Housing', 'A');
    tax = await addService(hub, 'Council tax', 'B');
    desk = await addDesk(hub, 'Desk 1', [housing.id]);
  });
  after(async () => {
    for (const collector of open) await collector.close();
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('every queue action arrives once, in seq order, with the ticket, the desk and the time', async () => {
    const start = await seqNow();
    const stream = await listen(start);

    const a1 = await takeTicket(hub, housing.id);
    const a2 = await takeTicket(hub, housing.id);
    await callNext(hub, desk.id); // A001
    await atDesk(hub, desk.id, 'recall');
    await atDesk(hub, desk.id, 'start');
    await atDesk(hub, desk.id, 'finish');
    await callNext(hub, desk.id); // A002
    await atDesk(hub, desk.id, 'no-show');
    const a3 = await takeTicket(hub, housing.id);
    const a4 = await takeTicket(hub, housing.id);
    await callNext(hub, desk.id); // A003
    await atDesk(hub, desk.id, 'transfer', { serviceId: tax.id });
    await callNext(hub, desk.id); // A004
    assert.equal(await atDesk(hub, desk.id, 'next'), null); // finishes A004; nobody waits for housing: 204
    const survey = await hub.api('POST', '/api/survey', { answers: [5, null, 4, 4, 3], ticketId: a1.id });

    const expected: [HubEvent['type'], number | null][] = [
      ['ticket.issued', a1.id],
      ['ticket.issued', a2.id],
      ['ticket.called', a1.id],
      ['ticket.recalled', a1.id],
      ['ticket.started', a1.id],
      ['ticket.finished', a1.id],
      ['ticket.called', a2.id],
      ['ticket.no-show', a2.id],
      ['ticket.issued', a3.id],
      ['ticket.issued', a4.id],
      ['ticket.called', a3.id],
      ['ticket.transferred', a3.id],
      ['ticket.called', a4.id],
      ['ticket.finished', a4.id],
      ['survey.submitted', null],
    ];
    const events = await stream.waitFor(expected.length);
    await new Promise((resolve) => setTimeout(resolve, 100)); // anything extra would show up now
    assert.equal(stream.events.length, expected.length, `no extra events: ${stream.events.map((e) => e.type).join(', ')}`);
    assertInOrder(events, start);
    assert.deepEqual(
      events.map((e) => [e.type, 'ticket' in e ? e.ticket.id : null]),
      expected,
    );
    const byType = (type: string, i = 0) => events.filter((e) => e.type === type)[i]!;
    const issued = byType('ticket.issued');
    assert.ok(issued.type === 'ticket.issued' && issued.ticket.number === 'A001' && issued.ticket.state === 'waiting');
    const called = byType('ticket.called');
    assert.ok(called.type === 'ticket.called' && called.desk.id === desk.id && called.desk.name === 'Desk 1' && called.ticket.state === 'called');
    assert.equal(called.ticket.deskId, desk.id);
    const recalled = byType('ticket.recalled');
    assert.ok(recalled.type === 'ticket.recalled' && recalled.desk.id === desk.id);
    const finished = byType('ticket.finished');
    assert.ok(finished.type === 'ticket.finished' && finished.ticket.state === 'finished');
    const noShow = byType('ticket.no-show');
    assert.ok(noShow.type === 'ticket.no-show' && noShow.ticket.state === 'no-show' && noShow.ticket.number === 'A002');
    const moved = byType('ticket.transferred');
    assert.ok(moved.type === 'ticket.transferred');
    assert.equal(moved.fromServiceId, housing.id);
    assert.equal(moved.ticket.serviceId, tax.id);
    assert.equal(moved.ticket.number, 'A003');
    assert.equal(moved.ticket.state, 'waiting');
    assert.equal(moved.desk.id, desk.id);
    const submitted = byType('survey.submitted');
    assert.ok(submitted.type === 'survey.submitted' && submitted.responseId === survey.body.id);
    // Event times are the times of the actions.
    assert.equal(issued.at, a1.issuedAt);
    assert.equal(called.at, called.ticket.calledAt);
    assert.equal(await seqNow(), events.at(-1)!.seq, 'the queue snapshot reflects the last event');
  });

  test('a client that reconnects with after=<last seq> gets exactly the events it missed, in order', async () => {
    const start = await seqNow();
    const steady = await listen(start); // a screen that never dropped off, for comparison
    const flaky = await listen(start);

    await takeTicket(hub, housing.id);
    await takeTicket(hub, housing.id);
    await callNext(hub, desk.id);
    await flaky.waitFor(3);
    await flaky.close();
    const last = flaky.lastSeq();
    assert.equal(last, start + 3);

    // While it is away.
    await atDesk(hub, desk.id, 'start');
    await callNext(hub, desk.id);
    await takeTicket(hub, tax.id);
    await hub.api('POST', '/api/survey', { answers: [3, 3, 3, 3, 3] });
    await steady.waitFor(3 + 5);

    const back = await listen(last);
    const missed = await back.waitFor(5);
    assert.deepEqual(missed, steady.events.slice(3), 'the missed events, each once, in order');
    // And then it follows live, still without repeats.
    await atDesk(hub, desk.id, 'finish');
    await back.waitFor(6);
    await steady.waitFor(9);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(back.events, steady.events.slice(3));
    assertInOrder(back.events, last);
    assertInOrder(steady.events, start);
  });

  test('after that is not a seq is refused with HTTP 400 before the upgrade', async () => {
    for (const query of ['?after=-1', '?after=abc', '?after=1.5', '?after=2&colour=red']) {
      const { status, body } = await refusedUpgrade(hub.url, query);
      assert.equal(status, 400, `${query}: ${body}`);
      assert.equal(typeof JSON.parse(body).error, 'string', `${query}: readable error in ${body}`);
    }
    // The hub keeps serving streams afterwards.
    const fine = await listen(0);
    await fine.waitFor(1);
  });

  test('events are kept in the database: a hub restarted after kill -9 replays them from after=0 and numbers on', async () => {
    const everything = await listen(0);
    const total = await seqNow();
    await everything.waitFor(total);
    assertInOrder(everything.events, 0);
    assert.deepEqual(
      everything.events.slice(0, 4).map((e) => e.type),
      ['day.started', 'service.created', 'service.created', 'desk.created'],
      'the hub began the business day first, and only once: the restart below begins none',
    );

    await hub.kill9();
    hub = await startHub({ dataDir });
    const replay = await listen(0);
    await replay.waitFor(total);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(replay.events, everything.events, 'the same events, same seqs and times, after the restart');

    const ticket = await takeTicket(hub, housing.id);
    const [next] = (await replay.waitFor(total + 1)).slice(total);
    assert.equal(next!.seq, total + 1, 'seq continues after the restart, never reused');
    assert.ok(next!.type === 'ticket.issued' && next!.ticket.id === ticket.id);
  });
});
