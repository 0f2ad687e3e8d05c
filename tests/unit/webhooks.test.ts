// The pure parts of webhooks: what of an event leaves the hub and when an outbox row is tried again (the delivery
// itself is tested against a real receiver in tests/api/webhooks.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { webhookData, type WebhookEvent } from '../../common/webhooks/projection.ts';
import { WEBHOOK_EVENT_TYPES } from '../../common/schemas/webhooks.ts';
import { STAFF_ONLY_EVENT_TYPES } from '../../common/schemas/events.ts';
import { DEFAULT_RETRY_POLICY, nextAttemptAt } from '../../common/outbox/retryPolicy.ts';

const ticket = {
  id: 7,
  number: 'A007',
  serviceId: 1,
  language: 'sv',
  state: 'called',
  issuedAt: '2026-03-02T09:00:00.000Z',
  calledAt: '2026-03-02T09:10:00.000Z',
  deskId: 2,
  bookedAt: '2026-03-02T09:00:00.000Z',
  forDeskId: null,
  // What a later version might add to a ticket in the event log: none of it may reach a receiver.
  bookedName: 'Karin Lind',
  bookingCode: 'K7QF2M',
  note: 'needs an interpreter',
} as const;
const publicTicket = { id: 7, number: 'A007', serviceId: 1, language: 'sv', state: 'called', issuedAt: ticket.issuedAt, calledAt: ticket.calledAt, deskId: 2 };
const event = (fields: object) => ({ seq: 12, at: '2026-03-02T09:10:00.000Z', ...fields }) as unknown as WebhookEvent;

describe('the webhook projection', () => {
  test('a ticket goes out with its number, service, state, times and desk, never a booked name, note or booking code', () => {
    assert.deepEqual(webhookData(event({ type: 'ticket.issued', ticket })), { ticket: publicTicket });
    const desk = { id: 2, name: 'Disk 2', staffNote: 'Anna covers' };
    assert.deepEqual(webhookData(event({ type: 'ticket.called', ticket, desk })), { ticket: publicTicket, desk: { id: 2, name: 'Disk 2' } });
    assert.deepEqual(webhookData(event({ type: 'ticket.transferred', ticket, desk, fromServiceId: 3 })), {
      ticket: publicTicket,
      desk: { id: 2, name: 'Disk 2' },
      fromServiceId: 3,
    });
    assert.deepEqual(webhookData(event({ type: 'survey.submitted', responseId: 31, comment: 'rude staff' })), { responseId: 31 });
    assert.deepEqual(webhookData(event({ type: 'printer.status', state: 'paper-out' })), { state: 'paper-out' });
  });

  test('no staff-only event type can be chosen', () => {
    assert.deepEqual(WEBHOOK_EVENT_TYPES.filter((type) => STAFF_ONLY_EVENT_TYPES.includes(type)), []);
  });
});

describe('the outbox retry policy', () => {
  const at = Date.parse('2026-03-02T09:00:00Z');
  test('waits double from the first retry and stop growing at 5 minutes', () => {
    const waits = [1, 2, 3, 4, 5, 6, 20].map((attempts) => nextAttemptAt(DEFAULT_RETRY_POLICY, attempts, at, at)! - at);
    assert.deepEqual(waits, [10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });
  test('the last try falls on the 24th hour after the row, and a failure after that gives up', () => {
    const day = 24 * 3_600_000;
    assert.equal(nextAttemptAt(DEFAULT_RETRY_POLICY, 40, at, at + day - 60_000), at + day);
    assert.equal(nextAttemptAt(DEFAULT_RETRY_POLICY, 41, at, at + day), null);
  });
});
