// The desk's working day through the API: calling a chosen ticket (and two desks racing for it), park and resume,
// pause, outcomes on finish, transfers to a service or a desk, desk priorities, the no-show and transfer settings,
// and the silent alarm that reaches staff connections only.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, atDesk, callNext, getTicket, takeTicket } from '../helpers/centre.ts';
import { collectEvents } from '../helpers/events.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';
import type { Service } from '../../common/schemas/services.ts';
import type { DeskDetail } from '../../common/schemas/desks.ts';
import type { TicketView } from '../../common/schemas/tickets.ts';

const post = <T = any>(hub: RunningHub, path: string, body: unknown = {}) => hub.api<T>('POST', path, body);

describe('desk workflow', () => {
  let hub: RunningHub;
  let bygglov: Service;
  let reception: Service;
  before(async () => {
    hub = await startHub();
    bygglov = await addService(hub, 'Bygglov', 'B');
    reception = await addService(hub, 'Reception', 'R');
  });
  after(() => hub?.stop());

  test('call a chosen ticket from the waiting list; a second desk calling the same ticket gets 409', async () => {
    const one = await addDesk(hub, 'Desk 1', [bygglov.id]);
    const two = await addDesk(hub, 'Desk 2', [bygglov.id]);
    const first = await takeTicket(hub, bygglov.id);
    const chosen = await takeTicket(hub, bygglov.id);
    const called = await post(hub, `/api/desks/${one.id}/call`, { ticketId: chosen.id });
    assert.equal(called.status, 200);
    assert.equal(called.body.ticket.number, chosen.number);
    assert.equal(called.body.ticket.deskId, one.id);

    const race = await post(hub, `/api/desks/${two.id}/call`, { ticketId: chosen.id });
    assert.equal(race.status, 409);
    assert.match(race.body.error, new RegExp(`${chosen.number} is not waiting \\(called at Desk 1\\)`));
    assert.equal((await getTicket(hub, chosen.id)).deskId, one.id, 'the first desk keeps the visitor');

    // Both desks at once: exactly one wins.
    const third = await takeTicket(hub, bygglov.id);
    const both = await Promise.all([one, two].map((d) => post(hub, `/api/desks/${d.id}/call`, { ticketId: third.id })));
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 409]);
    assert.equal((await callNext(hub, two.id)).number, first.number, 'the other desk goes on with the line');
    for (const d of [one, two]) await atDesk(hub, d.id, 'finish');
    assert.equal((await post(hub, `/api/desks/${one.id}/call`, { ticketId: 999_999 })).status, 404);
  });

  test('park a visitor, call someone else, resume the parked one; only the parking desk can resume', async () => {
    const desk = await addDesk(hub, 'Desk P', [reception.id]);
    const other = await addDesk(hub, 'Desk Q', [reception.id]);
    const a = await takeTicket(hub, reception.id);
    const b = await takeTicket(hub, reception.id);
    await callNext(hub, desk.id);
    const parked = await post(hub, `/api/desks/${desk.id}/park`);
    assert.equal(parked.status, 200);
    assert.equal(parked.body.ticket.state, 'parked');
    const detail = await hub.api<DeskDetail>('GET', `/api/desks/${desk.id}`);
    assert.deepEqual(detail.body.parked.map((t) => t.number), [a.number]);
    const queue = await hub.api('GET', '/api/queue');
    assert.ok(![...queue.body.waiting, ...queue.body.called].some((t: TicketView) => t.id === a.id), 'a parked visitor is neither waiting nor on the display');

    assert.equal((await callNext(hub, desk.id)).number, b.number);
    const busy = await post(hub, `/api/desks/${desk.id}/resume-ticket`, { ticketId: a.id });
    assert.equal(busy.status, 409, 'resuming while with another visitor is refused');
    assert.match(busy.body.error, /finish or park that visit first/);
    await atDesk(hub, desk.id, 'finish');
    assert.equal((await post(hub, `/api/desks/${other.id}/resume-ticket`, { ticketId: a.id })).status, 409);
    const resumed = await post(hub, `/api/desks/${desk.id}/resume-ticket`, { ticketId: a.id });
    assert.equal(resumed.status, 200);
    assert.equal(resumed.body.ticket.state, 'serving');
    assert.equal((await post(hub, `/api/desks/${desk.id}/resume-ticket`, { ticketId: a.id })).status, 409, 'not parked any more');
    await atDesk(hub, desk.id, 'finish');
    assert.equal((await getTicket(hub, a.id)).state, 'finished');
  });

  test('a paused desk cannot call (409 with the reason) until it resumes', async () => {
    const desk = await addDesk(hub, 'Desk Pause', [reception.id]);
    const ticket = await takeTicket(hub, reception.id);
    const paused = await post(hub, `/api/desks/${desk.id}/pause`, { reason: 'Lunch' });
    assert.equal(paused.status, 200);
    assert.equal(paused.body.desk.paused.reason, 'Lunch');
    for (const [path, body] of [['next', {}], ['call', { ticketId: ticket.id }]] as const) {
      const refused = await post(hub, `/api/desks/${desk.id}/${path}`, body);
      assert.equal(refused.status, 409, path);
      assert.match(refused.body.error, /paused \(Lunch\)/);
    }
    assert.equal((await getTicket(hub, ticket.id)).state, 'waiting', 'nothing was called');
    assert.equal((await post(hub, `/api/desks/${desk.id}/pause`, { reason: '' })).status, 400);
    const resumed = await post(hub, `/api/desks/${desk.id}/resume`);
    assert.equal(resumed.status, 200);
    assert.equal(resumed.body.desk.paused, null);
    assert.equal((await post(hub, `/api/desks/${desk.id}/resume`)).status, 409, 'not paused');
    assert.equal((await callNext(hub, desk.id)).id, ticket.id);
    await atDesk(hub, desk.id, 'finish');
  });

  test('finish with one of the service’s outcomes; an outcome the service does not have is a 400 and changes nothing', async () => {
    const set = await post(hub, `/api/services/${bygglov.id}/settings`, { outcomes: ['Solved', 'Referred', 'Booked follow-up'] });
    assert.equal(set.status, 200);
    assert.deepEqual(set.body, { serviceId: bygglov.id, waitTargetMinutes: null, outcomes: ['Solved', 'Referred', 'Booked follow-up'], outcomeNames: {} });
    const listed = await hub.api('GET', '/api/service-settings');
    assert.deepEqual(listed.body.find((s: { serviceId: number }) => s.serviceId === bygglov.id).outcomes, ['Solved', 'Referred', 'Booked follow-up']);
    const desk = await addDesk(hub, 'Desk O', [bygglov.id]);
    const ticket = await takeTicket(hub, bygglov.id);
    await callNext(hub, desk.id);
    const wrong = await post(hub, `/api/desks/${desk.id}/finish`, { outcome: 'Shouted at' });
    assert.equal(wrong.status, 400);
    assert.match(wrong.body.error, /choose one of: Solved, Referred, Booked follow-up/);
    assert.equal((await getTicket(hub, ticket.id)).state, 'called');
    const done = await post(hub, `/api/desks/${desk.id}/finish`, { outcome: 'Referred' });
    assert.equal(done.status, 200);
    assert.equal(done.body.ticket.state, 'finished');
  });

  test('transfer to one desk: only that desk calls the visitor, who keeps the number', async () => {
    const front = await addDesk(hub, 'Front', [reception.id]);
    const expert = await addDesk(hub, 'Expert', [bygglov.id]);
    const colleague = await addDesk(hub, 'Colleague', [reception.id]);
    const ticket = await takeTicket(hub, reception.id);
    await callNext(hub, front.id);
    const sent = await post(hub, `/api/desks/${front.id}/transfer`, { deskId: expert.id });
    assert.equal(sent.status, 200);
    assert.equal(sent.body.ticket.state, 'waiting');
    assert.equal((await atDesk(hub, colleague.id, 'next')), null, 'another desk serving the service does not take it');
    const called = await callNext(hub, expert.id);
    assert.equal(called.number, ticket.number);
    await atDesk(hub, expert.id, 'finish');
    assert.equal((await post(hub, `/api/desks/${front.id}/transfer`, { serviceId: bygglov.id, deskId: expert.id })).status, 400);
  });

  test('desk priorities: a secondary service only when nobody waits for the primary one', async () => {
    const desk = await addDesk(hub, 'Desk Prio', [bygglov.id]);
    const changed = await post(hub, `/api/desks/${desk.id}/services`, { serviceIds: [bygglov.id, reception.id], secondaryServiceIds: [reception.id] });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.body.secondaryServiceIds, [reception.id]);
    assert.equal((await post(hub, `/api/desks/${desk.id}/services`, { serviceIds: [bygglov.id], secondaryServiceIds: [reception.id] })).status, 400);
    const early = await takeTicket(hub, reception.id);
    const later = await takeTicket(hub, bygglov.id);
    assert.equal((await callNext(hub, desk.id)).id, later.id, 'Bygglov first although Reception came earlier');
    assert.equal((await callNext(hub, desk.id)).id, early.id);
    await atDesk(hub, desk.id, 'finish');
  });

  test('the silent alarm reaches a staff connection and never a paired wall display', async () => {
    const desk = await addDesk(hub, 'Desk Alarm', [reception.id]);
    const displayCredential = await hub.pairDevice('display');
    const { seq } = (await hub.api('GET', '/api/queue')).body;
    const staff = await collectEvents(hub.url, seq, hub.token);
    const display = await collectEvents(hub.url, seq, displayCredential);
    try {
      assert.equal((await post(hub, `/api/desks/${desk.id}/alarm`)).status, 200);
      const ticket = await takeTicket(hub, reception.id); // a public event after the alarm, to know the display is caught up
      const [alarm] = await staff.waitFor(1);
      assert.equal(alarm!.type, 'desk.alarm');
      assert.ok(alarm!.type === 'desk.alarm' && alarm!.desk.name === 'Desk Alarm');
      const seen = await display.waitFor(1);
      assert.equal(seen[0]!.type, 'ticket.issued');
      assert.ok(seen[0]!.type === 'ticket.issued' && seen[0]!.ticket.id === ticket.id);
      assert.ok(!display.events.some((e) => e.type === 'desk.alarm'), 'no sign of the alarm on the public stream');
      // A replay from the start does not leak it either.
      const replay = await collectEvents(hub.url, 0, displayCredential);
      await replay.waitFor(3);
      await new Promise((r) => setTimeout(r, 200));
      assert.ok(!replay.events.some((e) => e.type === 'desk.alarm'));
      await replay.close();
    } finally {
      await staff.close();
      await display.close();
    }
    assert.equal((await hub.api('POST', `/api/desks/${desk.id}/alarm`, {}, { token: null })).status, 401, 'raising it needs a login');
    assert.equal((await hub.api('POST', `/api/desks/${desk.id}/alarm`, {}, { token: displayCredential })).status, 403, 'a display cannot raise it');
  });
});

describe('desk settings: no-show after recalls, transferred visitors go first', () => {
  let dataDir: string;
  let hub: RunningHub;
  before(async () => {
    dataDir = makeDataDir({ noShowAfterRecalls: 1, transferPlacement: 'first' });
    hub = await startHub({ dataDir });
  });
  after(async () => {
    await hub?.stop();
    removeDataDir(dataDir);
  });

  test('no-show is refused with a reason until the visitor has been called again', async () => {
    const service = await addService(hub, 'Parking', 'P');
    const desk = await addDesk(hub, 'Desk 1', [service.id]);
    const ticket = await takeTicket(hub, service.id);
    await callNext(hub, desk.id);
    const early = await post(hub, `/api/desks/${desk.id}/no-show`);
    assert.equal(early.status, 409);
    assert.match(early.body.error, /call the visitor again first/);
    assert.equal((await getTicket(hub, ticket.id)).state, 'called');
    await atDesk(hub, desk.id, 'recall');
    assert.equal((await atDesk(hub, desk.id, 'no-show'))!.state, 'no-show');
  });

  test('a transferred visitor goes first in the new queue', async () => {
    const tax = await addService(hub, 'Tax', 'T');
    const housing = await addService(hub, 'Housing', 'H');
    const front = await addDesk(hub, 'Front', [tax.id]);
    const back = await addDesk(hub, 'Back', [housing.id]);
    const waitingForHousing = [await takeTicket(hub, housing.id), await takeTicket(hub, housing.id)];
    const moved = await takeTicket(hub, tax.id);
    await callNext(hub, front.id);
    await atDesk(hub, front.id, 'transfer', { serviceId: housing.id });
    assert.equal((await callNext(hub, back.id)).id, moved.id, 'ahead of the two who were already waiting');
    assert.equal((await callNext(hub, back.id)).id, waitingForHousing[0]!.id);
  });
});
