// The wall display's pure rules: what a display's link selects, what the desk board lists, how its lists are paged,
// which announcements are still worth saying, and how old a call is on a display whose clock is off.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { displayConfig, showsCall } from '../../display/displayConfig.ts';
import { deskRows, recordCall, type CallRecord } from '../../display/callHistory.ts';
import { ANNOUNCE_WITHIN_MS, enqueue, MAX_PENDING, takeNext, type PendingAnnouncement } from '../../display/announcementQueue.ts';
import { createEventClock } from '../../display/eventClock.ts';
import { pageSlice, pageStarts } from '../../display/paging.ts';
import type { TicketView } from '../../common/schemas/tickets.ts';

describe('display link', () => {
  test('services, desks and sound from the query string', () => {
    assert.deepEqual(displayConfig('?services=1,3&desks=2,4&lang=en'), { services: [1, 3], desks: [2, 4], sound: true });
    assert.deepEqual(displayConfig('?sound=off'), { services: null, desks: null, sound: false });
    // A list with nothing readable in it is a typo: the display shows everything rather than nothing.
    assert.deepEqual(displayConfig('?services=abc&desks='), { services: null, desks: null, sound: true });
  });

  test('a call is shown when its service and its desk are both selected', () => {
    const config = displayConfig('?services=1&desks=2');
    assert.equal(showsCall(config, { serviceId: 1, deskId: 2 }), true);
    assert.equal(showsCall(config, { serviceId: 1, deskId: 3 }), false);
    assert.equal(showsCall(config, { serviceId: 2, deskId: 2 }), false);
    assert.equal(showsCall(displayConfig(''), { serviceId: 9, deskId: null }), true);
  });
});

describe('desk board', () => {
  const desks = [1, 2, 3].map((id) => ({ id, name: `Disk ${id}`, names: {}, serviceIds: [1], privateRoom: false }));
  const ticket = (id: number, deskId: number): TicketView => ({
    id, number: `B00${id}`, serviceId: 1, language: 'sv', state: 'called', issuedAt: '2026-01-01T09:00:00.000Z', calledAt: '2026-01-01T09:05:00.000Z', deskId, bookedAt: null, forDeskId: null,
  });
  const call = (ticketId: number, deskId: number, seq: number): CallRecord => ({ ticketId, number: `B00${ticketId}`, deskId, seq });

  test('the desk with the latest call first, its current number, and the ones it called before', () => {
    let history: CallRecord[] = [];
    for (const c of [call(1, 1, 1), call(2, 2, 2), call(3, 1, 3), call(4, 1, 4)]) history = recordCall(history, c);
    const rows = deskRows(desks, [ticket(4, 1), ticket(2, 2)], history);
    assert.deepEqual(rows.map((r) => [r.desk.name, r.current?.number ?? null, r.previous]), [
      ['Disk 1', 'B004', ['B003', 'B001']],
      ['Disk 2', 'B002', []],
    ]);
  });

  test('a recall moves the call to the front once; a desk whose visitor left keeps its previous numbers', () => {
    let history = [call(1, 1, 1), call(2, 2, 2)].reduce(recordCall, [] as CallRecord[]);
    history = recordCall(history, call(1, 1, 3));
    assert.deepEqual(history.map((c) => c.seq), [3, 2]);
    const rows = deskRows(desks, [ticket(2, 2)], history);
    assert.deepEqual(rows.map((r) => [r.desk.name, r.current?.number ?? null, r.previous]), [
      ['Disk 2', 'B002', []],
      ['Disk 1', null, ['B001']],
    ]);
  });
});

describe('paging the wall lists', () => {
  test('whole rows fill each page; a row taller than the space gets a page of its own; every row is on a page', () => {
    const heights = [50, 50, 100, 50, 250, 50];
    const starts = pageStarts(heights, 200);
    assert.deepEqual(starts, [0, 3, 4, 5]);
    const rows = ['a', 'b', 'c', 'd', 'e', 'f'];
    assert.deepEqual(starts.map((_, page) => pageSlice(rows, starts, page)), [['a', 'b', 'c'], ['d'], ['e'], ['f']]);
    assert.deepEqual(pageStarts([40, 40], 200), [0], 'what fits is one page');
    assert.deepEqual(pageStarts([], 200), [0]);
  });
});

describe('announcement queue', () => {
  const item = (ticketId: number, calledAt: number): PendingAnnouncement => ({ ticketId, calledAt, clips: ['chime'] });

  test('a burst keeps only the latest few, oldest first', () => {
    let pending: PendingAnnouncement[] = [];
    for (let id = 1; id <= 5; id++) pending = enqueue(pending, item(id, 1_000 + id), 2_000);
    assert.equal(pending.length, MAX_PENDING);
    assert.deepEqual(pending.map((p) => p.ticketId), [3, 4, 5]);
  });

  test('a recall waiting its turn replaces the earlier call of the same ticket', () => {
    const pending = enqueue([item(1, 0), item(2, 10)], item(1, 20), 30);
    assert.deepEqual(pending.map((p) => [p.ticketId, p.calledAt]), [[2, 10], [1, 20]]);
  });

  test('a call that went stale while others were said is skipped', () => {
    const pending = [item(1, 0), item(2, 5_000)];
    const { next, rest } = takeNext(pending, ANNOUNCE_WITHIN_MS + 1);
    assert.equal(next?.ticketId, 2);
    assert.deepEqual(rest, []);
    assert.equal(takeNext([item(1, 0)], ANNOUNCE_WITHIN_MS).next, null);
    assert.deepEqual(enqueue([], item(1, 0), ANNOUNCE_WITHIN_MS), []);
  });
});

describe('event clock', () => {
  test('a display whose clock runs two minutes ahead still sees a live call as new and a replayed one as old', () => {
    const clock = createEventClock();
    const skew = 120_000;
    const hub = (iso: string) => Date.parse(iso);
    // A live event arrives 5 ms after the hub made it.
    const live = clock.localTime('2026-03-02T10:00:00.000Z', hub('2026-03-02T10:00:00.000Z') + skew + 5);
    assert.equal(live, hub('2026-03-02T10:00:00.000Z') + skew + 5);
    // After a reconnect, a call made 3 minutes before it arrived is 3 minutes old on the display's clock too.
    const arrival = hub('2026-03-02T10:10:00.000Z') + skew;
    const replayed = clock.localTime('2026-03-02T10:07:00.000Z', arrival);
    assert.equal(arrival - replayed, 180_000 - 5);
  });
});
