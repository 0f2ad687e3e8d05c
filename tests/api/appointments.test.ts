// Booked visits through the API: staff book, list and cancel; the kiosk checks in by code within the window; a
// checked-in visitor whose time has come is called before walk-ins; the breakdown shows bookings met on time.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addDesk, addService, callNext, takeTicket } from '../helpers/centre.ts';
import { BOOKING_CODE_ALPHABET } from '../../common/queue/booking.ts';
import type { Service } from '../../common/schemas/services.ts';
import type { Appointment } from '../../common/schemas/appointments.ts';

const MIN = 60_000;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * MIN).toISOString();

describe('booked visits', () => {
  let hub: RunningHub;
  let service: Service;
  const book = async (startsAt: string, name?: string) => {
    const { status, body } = await hub.api('POST', '/api/appointments', { serviceId: service.id, startsAt, ...(name ? { name } : {}) });
    assert.equal(status, 201, JSON.stringify(body));
    return body as Appointment;
  };
  let kiosk: string;
  const checkIn = (code: string) => hub.api('POST', '/api/appointments/check-in', { code }, { token: kiosk });

  before(async () => {
    hub = await startHub();
    service = await addService(hub, 'Debt advice', 'D');
    kiosk = await hub.pairDevice('kiosk');
  });
  after(() => hub?.stop());

  test('booking answers an id and a six-character code without 0, O, 1 or I; staff list and cancel', async () => {
    const appointment = await book(inMinutes(60), 'Anna Svensson');
    assert.ok(Number.isInteger(appointment.id));
    assert.match(appointment.code, new RegExp(`^[${BOOKING_CODE_ALPHABET}]{6}$`));
    // The booking's own day in the centre's zone: after 23:00 an hour ahead is tomorrow, which "today" does not list.
    const { timeZone } = (await hub.api<{ timeZone: string }>('GET', '/api/languages')).body;
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone }).format(new Date(appointment.startsAt));
    const listed = await hub.api<Appointment[]>('GET', `/api/appointments?day=${day}`);
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.body.find((a) => a.id === appointment.id), { ...appointment, state: 'booked', ticketId: null });
    assert.equal((await hub.api('GET', '/api/appointments', undefined, { token: null })).status, 401, 'the list (with names) is for staff');
    assert.equal((await hub.api('GET', '/api/appointments?day=tomorrow')).status, 400);

    const cancelled = await hub.api('POST', `/api/appointments/${appointment.id}/cancel`, {});
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.state, 'cancelled');
    assert.equal((await hub.api('POST', `/api/appointments/${appointment.id}/cancel`, {})).status, 409);
    assert.equal((await checkIn(appointment.code)).status, 404, 'a cancelled booking cannot be checked in');
  });

  test('bad bookings are refused: unknown service, not a time', async () => {
    assert.equal((await hub.api('POST', '/api/appointments', { serviceId: 999, startsAt: inMinutes(10) })).status, 404);
    assert.equal((await hub.api('POST', '/api/appointments', { serviceId: service.id, startsAt: '10:30' })).status, 400);
    assert.equal((await hub.api('POST', '/api/appointments', { serviceId: service.id, startsAt: inMinutes(10) }, { token: null })).status, 401);
  });

  test('check-in: unknown code 404 with a clear message; too early and too late 409 with a reason', async () => {
    const unknown = await checkIn('ZZZZZZ');
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error, /no open booking with the code ZZZZZZ/);
    assert.equal((await checkIn('AB0')).status, 400);

    const later = await book(inMinutes(120));
    const early = await checkIn(later.code.toLowerCase());
    assert.equal(early.status, 409);
    assert.equal(early.body.reason, 'too-early');
    assert.equal(Date.parse(early.body.checkInFrom), Date.parse(later.startsAt) - 30 * MIN);
    assert.match(early.body.error, /too early/);

    const missed = await book(inMinutes(-20));
    const late = await checkIn(missed.code);
    assert.equal(late.status, 409);
    assert.equal(late.body.reason, 'too-late');
    const still = (await hub.api<Appointment[]>('GET', '/api/appointments')).body.find((a) => a.id === missed.id);
    assert.equal(still!.state, 'booked', 'a refused check-in changes nothing');
  });

  test('a checked-in visitor whose time has come is called before walk-ins; the code works once', async () => {
    const desk = await addDesk(hub, 'Desk D', [service.id]);
    const walkIn = await takeTicket(hub, service.id);
    const due = await book(inMinutes(-2));
    const response = await checkIn(` ${due.code.slice(0, 3)}-${due.code.slice(3)} `);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    const ticket = response.body;
    assert.match(ticket.number, /^D\d{3}$/);
    assert.equal(ticket.state, 'waiting');
    assert.match(ticket.followUrl, /\/t\/[A-Za-z0-9_-]{22}$/);
    assert.equal((await checkIn(due.code)).status, 404, 'the same code again: no second ticket');
    const listed = (await hub.api<Appointment[]>('GET', '/api/appointments')).body.find((a) => a.id === due.id);
    assert.deepEqual([listed!.state, listed!.ticketId], ['checked-in', ticket.id]);

    assert.equal((await callNext(hub, desk.id)).id, ticket.id, 'the booked visitor before the walk-in who came earlier');
    assert.equal((await callNext(hub, desk.id)).id, walkIn.id);

    const today = new Date().toISOString().slice(0, 10);
    const report = await hub.api('GET', `/api/reports/breakdown?from=${today}`);
    const figures = report.body.services.find((s: { serviceId: number }) => s.serviceId === service.id);
    assert.deepEqual(figures.booked, { checkedIn: 1, metOnTime: 1 }, 'called within 5 minutes of the booked time');
  });
});
