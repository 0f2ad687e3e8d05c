import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { businessDay, formatTicketNumber } from '../../common/queue/ticketNumber.ts';
import { applyVisitAction, isOpen, outcomeOf, TICKET_STATES, VISIT_ACTIONS } from '../../common/queue/visitState.ts';
import { countAhead, nextTicketFor, type WaitingTicket } from '../../common/queue/waitingOrder.ts';
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

  test('the business day follows the centre’s time zone, not UTC', () => {
    const lateEveningUtc = Date.parse('2026-11-24T23:30:00Z');
    assert.equal(businessDay(lateEveningUtc, 'UTC'), '2026-11-24');
    assert.equal(businessDay(lateEveningUtc, 'Europe/Stockholm'), '2026-11-25');
    assert.equal(businessDay(lateEveningUtc, 'Europe/London'), '2026-11-24');
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

  test('finished and no-show end the ticket; every action names its outcome', () => {
    assert.deepEqual(
      TICKET_STATES.filter((s) => !isOpen(s)),
      ['finished', 'no-show'],
    );
    assert.deepEqual(
      VISIT_ACTIONS.map(outcomeOf),
      [null, null, null, 'finished', 'no-show', 'transferred'],
    );
  });
});

describe('waiting order', () => {
  const t = (id: number, serviceId: number, queuedAtMs: number): WaitingTicket => ({ id, serviceId, queuedAtMs });

  test('first come, first served within a service', () => {
    const waiting = [t(3, 1, 300), t(1, 1, 100), t(2, 1, 200)];
    assert.equal(nextTicketFor(waiting, [1])?.id, 1);
  });

  test('a desk serving several services takes the longest-waiting ticket among them', () => {
    const waiting = [t(1, 1, 500), t(2, 2, 100), t(3, 3, 50)];
    assert.equal(nextTicketFor(waiting, [1, 2])?.id, 2);
    assert.equal(nextTicketFor(waiting, [1])?.id, 1);
  });

  test('nobody waiting for the desk’s services gives null', () => {
    assert.equal(nextTicketFor([t(1, 2, 100)], [1]), null);
    assert.equal(nextTicketFor([], [1]), null);
  });

  test('tickets issued in the same millisecond keep their order of issue', () => {
    assert.equal(nextTicketFor([t(8, 1, 100), t(7, 1, 100)], [1])?.id, 7);
  });

  test('ahead counts only earlier tickets of the same service', () => {
    const waiting = [t(1, 1, 100), t(2, 2, 150), t(3, 1, 200), t(4, 1, 300)];
    assert.equal(countAhead(waiting, waiting[0]!), 0);
    assert.equal(countAhead(waiting, waiting[2]!), 1);
    assert.equal(countAhead(waiting, waiting[3]!), 2);
    // A transferred ticket keeps its original arrival time and so goes ahead of later arrivals.
    assert.equal(countAhead(waiting, t(9, 1, 120)), 1);
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
