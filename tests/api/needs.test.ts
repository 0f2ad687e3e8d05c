// A guide's needs and note for a visitor, through a real hub: who may record them, that they reach the desks and no
// public view or stream, that urgent and private-room visitors are called as promised, the needs report, and (with a
// clock the test moves) that the note is gone after the night while the needs stay for the statistics.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { collectEvents } from '../helpers/events.ts';
import { makeDataDir } from '../helpers/dataDir.ts';
import { inProcessHub } from '../helpers/inProcessHub.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { turnBusinessDay } from '../../main/queue/businessDays.ts';
import type { OpenTicketNeeds, NeedsReport, TicketNeeds } from '../../common/schemas/needs.ts';
import type { Ticket } from '../../common/schemas/tickets.ts';

const NOTE = 'Rädd för att vänta i rummet; heter Amal';

describe('needs and notes through the hub', () => {
  let hub: RunningHub;
  let serviceId: number;
  let kiosk: string;
  let display: string;

  before(async () => {
    hub = await startHub();
    serviceId = (await hub.api('POST', '/api/services', { name: 'Försörjningsstöd', prefix: 'F' })).body.id;
    [kiosk, display] = await Promise.all([hub.pairDevice('kiosk'), hub.pairDevice('display')]);
  });
  after(() => hub?.stop());

  test('a kiosk cannot record needs or a note, and bad needs are refused, each with nothing stored', async () => {
    const before = (await hub.api('GET', '/api/queue')).body.waiting.length;
    const fromKiosk = await hub.api('POST', '/api/tickets', { serviceId, needs: { urgent: true } }, { token: kiosk });
    assert.equal(fromKiosk.status, 403);
    assert.equal(fromKiosk.body.code, 'needs-staff-only');
    assert.equal((await hub.api('POST', '/api/tickets', { serviceId, note: 'x' }, { token: kiosk })).status, 403);
    for (const [body, says] of [
      [{ serviceId, note: 'x'.repeat(201) }, /200/],
      [{ serviceId, needs: { wheelchair: true } }, /wheelchair/],
      [{ serviceId, needs: { interpreter: 'xx' } }, /interpreter/],
    ] as const) {
      const refused = await hub.api('POST', '/api/tickets', body);
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.match(refused.body.error, says);
    }
    assert.equal((await hub.api('GET', '/api/queue')).body.waiting.length, before, 'no ticket was taken');
  });

  test('needs reach the desks, stay through a transfer, and appear on no public view or stream', async () => {
    const publicStream = await collectEvents(hub.url, undefined, display);
    const other = (await hub.api('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    const desk = (await hub.api('POST', '/api/desks', { name: 'Disk 1', serviceIds: [serviceId] })).body.id;
    // Tigrinya is not offered at this kiosk; an interpreter can still be booked for it.
    const ticket = await hub.api<Ticket>('POST', '/api/tickets', { serviceId, needs: { interpreter: 'ti', privateRoom: true }, note: NOTE });
    assert.equal(ticket.status, 201, JSON.stringify(ticket.body));
    const open = (await hub.api<OpenTicketNeeds>('GET', '/api/tickets/needs')).body.tickets;
    assert.deepEqual(open.find((t) => t.ticketId === ticket.body.id), { ticketId: ticket.body.id, needs: { interpreter: 'ti', privateRoom: true }, note: NOTE });

    await hub.api('POST', `/api/desks/${desk}/next`);
    assert.equal((await hub.api('POST', `/api/desks/${desk}/transfer`, { serviceId: other })).status, 200);
    const changed = await hub.api<TicketNeeds>('POST', `/api/tickets/${ticket.body.id}/needs`, { needs: { interpreter: 'ti', urgent: true }, note: NOTE });
    assert.deepEqual(changed.body, { ticketId: ticket.body.id, needs: { interpreter: 'ti', urgent: true }, note: NOTE }, 'still with the visit after the transfer');
    assert.equal((await hub.api('POST', `/api/tickets/${ticket.body.id}/needs`, { needs: {} }, { token: kiosk })).status, 403);

    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = JSON.stringify({
      stream: publicStream.events,
      queue: (await hub.api('GET', '/api/queue', undefined, { token: display })).body,
      follow: (await (await fetch(`${hub.url}/api/follow/${new URL(ticket.body.followUrl).pathname.split('/').pop()}`)).json()),
      answer: ticket.body,
    });
    await publicStream.close();
    assert.ok(publicStream.events.some((e) => e.type === 'ticket.transferred'), 'the display did follow the visit');
    for (const secret of ['Amal', 'interpreter', 'urgent', 'needs']) assert.ok(!seen.includes(secret), `${secret} is not public`);
    // A desk may be a private room for all to see; a visitor's need of one is nobody's business.
    const tickets = JSON.stringify(publicStream.events.map((e) => ('ticket' in e ? e.ticket : null)));
    assert.ok(!tickets.includes('privateRoom'));
    assert.equal((await hub.api('GET', '/api/tickets/needs', undefined, { token: display })).status, 403);
  });

  test('an urgent visitor is called first within the service; a private-room visitor waits for the private room', async () => {
    const service = (await hub.api('POST', '/api/services', { name: 'Migration', prefix: 'M' })).body.id;
    const open = (await hub.api('POST', '/api/desks', { name: 'Disk 2', serviceIds: [service] })).body.id;
    const room = (await hub.api('POST', '/api/desks', { name: 'Samtalsrum', serviceIds: [service], privateRoom: true })).body;
    assert.equal(room.privateRoom, true);
    const first = (await hub.api<Ticket>('POST', '/api/tickets', { serviceId: service, needs: { privateRoom: true } })).body;
    const second = (await hub.api<Ticket>('POST', '/api/tickets', { serviceId: service })).body;
    const urgent = (await hub.api<Ticket>('POST', '/api/tickets', { serviceId: service, needs: { urgent: true } })).body;
    const called = async (desk: number) => (await hub.api('POST', `/api/desks/${desk}/next`)).body.ticket.number;
    assert.equal(await called(open), urgent.number, 'urgent before those who came earlier');
    assert.equal(await called(open), second.number, 'the open desk passes over the private-room visitor');
    assert.equal(await called(room.id), first.number);
  });

  test('the needs report counts interpreters by language, private rooms and urgency', async () => {
    const report = (await hub.api<NeedsReport>('GET', '/api/reports/needs')).body;
    assert.deepEqual([report.interpreter, report.privateRoom, report.urgent], [{ ti: 1 }, 1, 2]);
  });
});

describe('a note is erased in the night after its day; the needs stay', () => {
  const dataDir = makeDataDir();
  const db = openDatabase(dataDir);
  let now = Date.parse('2026-11-24T15:00:00Z'); // 16:00 in Stockholm
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  const { request } = inProcessHub(ctx, dataDir);

  test('at 02:30 the day after, the note is gone and the report still counts the need', async () => {
    await request('POST', '/api/settings', { timeZone: 'Europe/Stockholm' });
    const service = (await request<{ id: number }>('POST', '/api/services', { name: 'Bygglov', prefix: 'B' })).body.id;
    const ticket = (await request<Ticket>('POST', '/api/tickets', { serviceId: service, needs: { interpreter: 'ar' }, note: NOTE })).body;
    const needs = async () => (await request<OpenTicketNeeds>('GET', '/api/tickets/needs')).body.tickets.find((t) => t.ticketId === ticket.id);

    now = Date.parse('2026-11-25T01:00:00Z'); // 02:00: the day has turned, the night's jobs have not run
    turnBusinessDay(ctx);
    assert.equal((await needs())?.note, NOTE, 'kept until the quiet hour');
    now = Date.parse('2026-11-25T01:31:00Z'); // 02:31
    turnBusinessDay(ctx);
    const stored = db.prepare('SELECT interpreter, note FROM ticket_needs WHERE ticket_id = ?').get(ticket.id);
    assert.deepEqual(stored, { interpreter: 'ar', note: null });
    const report = (await request<NeedsReport>('GET', '/api/reports/needs?from=2026-11-24')).body;
    assert.deepEqual(report.interpreter, { ar: 1 });
  });
});
