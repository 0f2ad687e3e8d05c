import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTicketNumber } from '../../common/queue/ticketNumber.ts';
import { applyVisitAction, isOpen, noShowRefusal, outcomeOf, TICKET_STATES, VISIT_ACTIONS } from '../../common/queue/visitState.ts';
import { countAhead, nextTicketFor, type CallingDesk, type QueuedTicket } from '../../common/queue/waitingOrder.ts';
import { BOOKING_CODE_ALPHABET, bookingCodeFrom, checkInTiming, normaliseBookingCode } from '../../common/queue/booking.ts';
import { DEFAULT_SERVICE_SECONDS, estimateWaitMinutes, typicalServiceSeconds } from '../../common/queue/waitEstimate.ts';

describe('ticket numbers', () => {
  test('prefix and three digits, growing past 999 instead of wrapping', () => {
    assert.equal(formatTicketNumber('A', 1), 'A001');
    assert.equal(formatTicketNumber('BY', 42), 'BY042');
    assert.equal(formatTicketNumber('A', 999), 'A999');
    assert.equal(formatTicketNumber('A', 1000), 'A1000');
  });

  test('a sequence that is not a positive integer is refused', () => {
    assert.throws(() => formatTicketNumber('A', 0), RangeError);
    assert.throws(() => formatTicketNumber('A', 1.5), RangeError);
  });
});

describe('visit state machine', () => {
  test('the normal life of a ticket: waiting → called → serving → finished', () => {
    assert.deepEqual(applyVisitAction('waiting', 'call'), { ok: true, to: 'called' });
    assert.deepEqual(applyVisitAction('called', 'recall'), { ok: true, to: 'called' });
    assert.deepEqual(applyVisitAction('called', 'start'), { ok: true, to: 'serving' });
    assert.deepEqual(applyVisitAction('serving', 'finish'), { ok: true, to: 'finished' });
  });

  test('a called visitor may be finished directly, marked a no-show, or transferred back to waiting', () => {
    assert.deepEqual(applyVisitAction('called', 'finish'), { ok: true, to: 'finished' });
    assert.deepEqual(applyVisitAction('called', 'no-show'), { ok: true, to: 'no-show' });
    assert.deepEqual(applyVisitAction('called', 'transfer'), { ok: true, to: 'waiting' });
    assert.deepEqual(applyVisitAction('serving', 'transfer'), { ok: true, to: 'waiting' });
  });

  test('actions that do not fit the state are refused with a reason', () => {
    const refused = [
      ['waiting', 'recall'],
      ['waiting', 'finish'],
      ['serving', 'no-show'],
      ['finished', 'call'],
      ['finished', 'finish'],
      ['no-show', 'recall'],
      ['called', 'call'],
    ] as const;
    for (const [state, action] of refused) {
      const result = applyVisitAction(state, action);
      assert.equal(result.ok, false, `${action} on ${state} must be refused`);
      if (!result.ok) assert.match(result.reason, new RegExp(state));
    }
  });

  test('finished, no-show and not served at closing end the ticket; every action names its outcome', () => {
    assert.deepEqual(
      TICKET_STATES.filter((s) => !isOpen(s)),
      ['finished', 'no-show', 'not-served'],
    );
    assert.deepEqual(
      VISIT_ACTIONS.map(outcomeOf),
      [null, null, null, 'finished', 'no-show', 'transferred', null, null],
    );
  });

  test('park and resume: a visit steps aside and comes back to being served', () => {
    assert.deepEqual(applyVisitAction('called', 'park'), { ok: true, to: 'parked' });
    assert.deepEqual(applyVisitAction('serving', 'park'), { ok: true, to: 'parked' });
    assert.deepEqual(applyVisitAction('parked', 'resume'), { ok: true, to: 'serving' });
    assert.equal(applyVisitAction('parked', 'finish').ok, false, 'a parked visit is resumed before it is finished');
    assert.equal(applyVisitAction('waiting', 'park').ok, false);
    assert.ok(isOpen('parked'));
  });

  test('no-show only after the required number of recalls', () => {
    assert.equal(noShowRefusal(0, 0), null);
    assert.match(noShowRefusal(0, 1)!, /call the visitor again first/);
    assert.equal(noShowRefusal(1, 1), null);
    assert.match(noShowRefusal(1, 2)!, /needs 2/);
  });
});

describe('waiting order', () => {
  const MIN = 60_000;
  const TARGET = 15 * MIN;
  const NOW = 1_000 * MIN;
  /** A walk-in of service `serviceId` that joined the queue `waitedMin` minutes before NOW. */
  const t = (id: number, serviceId: number, waitedMin: number, extra: Partial<QueuedTicket> = {}): QueuedTicket => ({
    id,
    serviceId,
    queuedAtMs: NOW - waitedMin * MIN,
    bookedAtMs: null,
    first: false,
    forDeskId: null,
    targetMs: TARGET,
    urgent: false,
    privateRoom: false,
    ...extra,
  });
  const desk = (services: number[], secondary: number[] = [], id = 1, privateRoom = false): CallingDesk => ({
    id,
    services: services.map((serviceId) => ({ serviceId, priority: secondary.includes(serviceId) ? 2 : 1 })),
    privateRoom,
  });
  const next = (waiting: QueuedTicket[], d: CallingDesk, centreHasPrivateRooms = false) => nextTicketFor(waiting, d, NOW, centreHasPrivateRooms)?.id ?? null;

  test('first come, first served within a service', () => {
    assert.equal(next([t(3, 1, 1), t(1, 1, 3), t(2, 1, 2)], desk([1])), 1);
  });

  test('a desk serving several services at the same priority takes the longest-waiting ticket among them', () => {
    const waiting = [t(1, 1, 2), t(2, 2, 8), t(3, 3, 9)];
    assert.equal(next(waiting, desk([1, 2])), 2);
    assert.equal(next(waiting, desk([1])), 1);
  });

  test('nobody waiting for the desk’s services gives null', () => {
    assert.equal(next([t(1, 2, 1)], desk([1])), null);
    assert.equal(next([], desk([1])), null);
  });

  test('tickets issued in the same millisecond keep their order of issue', () => {
    assert.equal(next([t(8, 1, 1), t(7, 1, 1)], desk([1])), 7);
  });

  test('priorities: a secondary service is called only when nobody waits for the primary ones', () => {
    const bygglov = 1;
    const reception = 2;
    const d = desk([bygglov, reception], [reception]);
    assert.equal(next([t(1, reception, 10), t(2, bygglov, 1)], d), 2, 'Bygglov first even though Reception waited longer');
    assert.equal(next([t(1, reception, 10)], d), 1, 'Reception when nobody waits for Bygglov');
  });

  test('fairness: a ticket past its service’s wait target overrides the desk’s priorities', () => {
    const d = desk([1, 2], [2]);
    assert.equal(next([t(1, 2, 16), t(2, 1, 14)], d), 1, 'the secondary ticket past 15 min comes first');
    assert.equal(next([t(1, 2, 16), t(2, 1, 20)], d), 2, 'among overdue tickets the longest wait wins');
  });

  test('fairness uses each service’s own wait target', () => {
    const d = desk([1, 2], [2]);
    const short = { targetMs: 5 * MIN };
    assert.equal(next([t(1, 2, 6, short), t(2, 1, 10)], d), 1, 'six minutes is past a five-minute target');
    assert.equal(next([t(1, 2, 4, short), t(2, 1, 10)], d), 2);
  });

  test('booked visits: called before walk-ins once their time has come, earliest booking first', () => {
    const booked = (id: number, bookedInMin: number) => t(id, 1, 0, { bookedAtMs: NOW + bookedInMin * MIN });
    assert.equal(next([t(1, 1, 30), booked(2, -1)], desk([1])), 2, 'due booking beats a walk-in waiting past the target');
    assert.equal(next([booked(3, -1), booked(2, -4), t(1, 1, 30)], desk([1])), 2);
    assert.equal(next([t(1, 1, 3), booked(2, 10)], desk([1])), 1, 'a booking not yet due waits like a walk-in');
    assert.equal(next([booked(2, 10)], desk([1])), 2, 'an idle desk may see an early booked visitor');
    assert.equal(next([booked(2, -1)], desk([3])), null, 'only desks serving the booked service call it');
  });

  test('transfers: keep their original arrival time, or go first with the setting', () => {
    const transferred = t(9, 1, 12); // arrived 12 minutes ago at another service
    assert.equal(next([t(1, 1, 5), transferred], desk([1])), 9, 'original arrival time keeps its place');
    const late = t(9, 1, 1, { first: true });
    assert.equal(next([t(1, 1, 5), t(2, 1, 14), late], desk([1])), 9, 'goes first ahead of every walk-in');
    assert.equal(next([t(1, 1, 5), late, t(3, 1, 0, { bookedAtMs: NOW - MIN })], desk([1])), 3, 'but after a due booking');
  });

  test('a ticket sent to one desk is called by that desk only, even for a service it does not serve', () => {
    const sent = t(5, 2, 3, { forDeskId: 7 });
    assert.equal(next([sent, t(1, 1, 1)], desk([1], [], 7)), 5);
    assert.equal(next([sent], desk([2], [], 8)), null, 'another desk serving the service does not take it');
  });

  test('an urgent ticket goes first within its service, whichever step chose the service, but not before a booking whose time has come', () => {
    const d = desk([1, 2], [2]);
    const urgent = { urgent: true };
    assert.equal(next([t(1, 1, 10), t(2, 1, 1, urgent)], d), 2, 'before a ticket of its service that waited longer');
    assert.equal(next([t(1, 2, 20), t(2, 2, 1, urgent), t(3, 1, 5)], d), 2, 'the overdue service is chosen; its urgent ticket is called');
    assert.equal(next([t(1, 2, 1, urgent), t(2, 1, 5)], d), 2, 'urgent within its service only: the primary service still comes first');
    assert.equal(next([t(1, 1, 1, { bookedAtMs: NOW - MIN }), t(2, 1, 5, urgent)], d), 1);
  });

  test('a private-room need is called only by a private-room desk, when the centre has one', () => {
    const waiting = [t(1, 1, 10, { privateRoom: true }), t(2, 1, 5)];
    assert.equal(next(waiting, desk([1]), true), 2, 'an open desk passes over it');
    assert.equal(next(waiting, desk([1], [], 2, true), true), 1, 'the private room calls it in its turn');
    assert.equal(next(waiting, desk([1]), false), 1, 'without a private room anywhere, any desk calls it');
  });

  test('ahead counts only earlier tickets of the same service', () => {
    const waiting = [t(1, 1, 10), t(2, 2, 9), t(3, 1, 8), t(4, 1, 7)];
    assert.equal(countAhead(waiting, waiting[0]!), 0);
    assert.equal(countAhead(waiting, waiting[2]!), 1);
    assert.equal(countAhead(waiting, waiting[3]!), 2);
    // A transferred ticket keeps its original arrival time and so goes ahead of later arrivals.
    assert.equal(countAhead(waiting, t(9, 1, 9)), 1);
  });
});

describe('booked visits', () => {
  test('codes use 32 unambiguous symbols, six of them, without 0, O, 1 or I', () => {
    assert.equal(BOOKING_CODE_ALPHABET.length, 32);
    assert.doesNotMatch(BOOKING_CODE_ALPHABET, /[0O1I]/);
    const code = bookingCodeFrom(Uint8Array.from([0, 31, 32, 255, 7, 100]));
    assert.equal(code, 'A9A9HE');
    assert.throws(() => bookingCodeFrom(new Uint8Array(3)), RangeError);
  });

  test('what a scanner or a visitor types is normalised', () => {
    assert.equal(normaliseBookingCode(' abc-def \n'), 'ABCDEF');
  });

  test('check-in opens before the booked time and closes a while after it', () => {
    const at = Date.parse('2026-11-24T10:30:00Z');
    const window = { earlyMinutes: 30, lateMinutes: 15 };
    assert.deepEqual(checkInTiming(at, at - 31 * 60_000, window), { ok: false, reason: 'too-early', opensAtMs: at - 30 * 60_000 });
    assert.deepEqual(checkInTiming(at, at - 30 * 60_000, window), { ok: true });
    assert.deepEqual(checkInTiming(at, at + 15 * 60_000, window), { ok: true });
    assert.deepEqual(checkInTiming(at, at + 16 * 60_000, window), { ok: false, reason: 'too-late' });
  });
});

describe('wait estimate', () => {
  test('nobody ahead: no wait', () => {
    assert.equal(estimateWaitMinutes({ ahead: 0, recentServiceSeconds: [600], desksServing: 1 }), 0);
  });

  test('recent service times spread over the desks serving the service', () => {
    assert.equal(estimateWaitMinutes({ ahead: 4, recentServiceSeconds: [300, 300, 300], desksServing: 2 }), 10);
    assert.equal(estimateWaitMinutes({ ahead: 3, recentServiceSeconds: [120], desksServing: 1 }), 6);
  });

  test('the median ignores one extremely long visit', () => {
    assert.equal(typicalServiceSeconds([240, 250, 3600]), 250);
  });

  test('without history the planning figure is used, and someone with people ahead is never told zero', () => {
    assert.equal(typicalServiceSeconds([]), DEFAULT_SERVICE_SECONDS);
    assert.equal(estimateWaitMinutes({ ahead: 1, recentServiceSeconds: [], desksServing: 1 }), 5);
    assert.equal(estimateWaitMinutes({ ahead: 1, recentServiceSeconds: [5], desksServing: 4 }), 1);
  });

  test('a service no desk serves yet still gets an estimate as if one desk did', () => {
    assert.equal(estimateWaitMinutes({ ahead: 2, recentServiceSeconds: [], desksServing: 0 }), 10);
  });
});
