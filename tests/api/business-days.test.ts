// The change of business day and of the centre's time zone through the API, on the hub in this process with a clock
// the test moves (a real SQLite file, real routes): what a desk and an administrator see across midnight.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeDataDir } from '../helpers/dataDir.ts';
import { inProcessHub } from '../helpers/inProcessHub.ts';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { createHubContext } from '../../main/context.ts';
import { virtualTicketPrinter } from '../../main/printer/ticketPrinter.ts';
import { turnBusinessDay } from '../../main/queue/businessDays.ts';
import type { QueueSnapshot, Ticket } from '../../common/schemas/tickets.ts';
import type { CentreSettings } from '../../common/schemas/settings.ts';

describe('a business day ends while a visitor is at the desk', () => {
  const dataDir = makeDataDir();
  const db = openDatabase(dataDir);
  let now = Date.parse('2026-11-24T22:40:00Z'); // 23:40 in Stockholm
  const ctx = createHubContext(db, virtualTicketPrinter(), () => now);
  const { request } = inProcessHub(ctx, dataDir);

  test('the visit is still listed at its desk and can be finished the next day; the time-zone change waits for the next day', async () => {
    assert.equal((await request('POST', '/api/settings', { timeZone: 'Europe/Stockholm' })).status, 200);
    const service = await request<{ id: number }>('POST', '/api/services', { name: 'Bygglov', prefix: 'B' });
    const desk = await request<{ id: number }>('POST', '/api/desks', { name: 'Disk 1', serviceIds: [service.body.id] });
    const ticket = await request<Ticket>('POST', '/api/tickets', { serviceId: service.body.id });
    assert.equal((await request('POST', `/api/desks/${desk.body.id}/next`)).status, 200);
    assert.equal((await request('POST', `/api/desks/${desk.body.id}/start`)).status, 200);

    // The administrator moves the centre to London in the evening: today keeps Stockholm, and the answer says when.
    const changed = await request<CentreSettings>('POST', '/api/settings', { timeZone: 'Europe/London' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.timeZone, 'Europe/Stockholm');
    assert.deepEqual(changed.body.timeZoneChange, { timeZone: 'Europe/London', from: '2026-11-25T00:00:00.000Z', day: '2026-11-25' });
    const evening = await request<QueueSnapshot>('GET', '/api/queue');
    assert.deepEqual([evening.body.day, evening.body.timeZone], ['2026-11-24', 'Europe/Stockholm']);

    now = Date.parse('2026-11-25T00:20:00Z'); // 00:20 in London: the 25th has begun, in the new zone
    turnBusinessDay(ctx);
    const morning = await request<QueueSnapshot>('GET', '/api/queue');
    assert.deepEqual([morning.body.day, morning.body.timeZone], ['2026-11-25', 'Europe/London']);
    assert.deepEqual(morning.body.called.map((t) => [t.number, t.state, t.deskId]), [['B001', 'serving', desk.body.id]], 'still listed at its desk');
    assert.equal((await request<CentreSettings>('GET', '/api/settings')).body.timeZoneChange, null, 'nothing waits any more');

    const finished = await request<{ ticket: Ticket }>('POST', `/api/desks/${desk.body.id}/finish`);
    assert.equal(finished.status, 200, JSON.stringify(finished.body));
    assert.equal(finished.body.ticket.id, ticket.body.id);
    assert.equal(finished.body.ticket.state, 'finished');
    assert.equal((await request<QueueSnapshot>('GET', '/api/queue')).body.called.length, 0);
    const yesterday = await request<{ served: number }>('GET', '/api/reports/summary?from=2026-11-24');
    assert.equal(yesterday.body.served, 1, 'the visit counts on the day the ticket was taken');
  });
});
