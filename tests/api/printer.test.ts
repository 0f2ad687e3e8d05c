// The hub with a serial ESC/POS printer on a real PTY pair (socat), a test printer at the far end: a ticket taken
// through the API comes out whole; paper out, cover open and a pulled cable are seen within seconds, fail the
// tickets taken meanwhile with their reason, show in /api/health and as events, and recover by themselves.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { addService, getTicket, takeTicket } from '../helpers/centre.ts';
import { collectEvents, type EventCollector } from '../helpers/events.ts';
import { eventually } from '../helpers/browser.ts';
import { startPrinterRig, type PrinterRig } from '../helpers/printerRig.ts';
import { previewOf } from '../../hardware/escpos/preview.ts';
import type { Health } from '../../common/schemas/health.ts';
import type { PrinterView, Printout } from '../../common/schemas/printer.ts';
import type { Service } from '../../common/schemas/services.ts';

describe('a serial printer on a PTY pair', () => {
  let rig: PrinterRig;
  let hub: RunningHub;
  let events: EventCollector;
  let service: Service;

  before(async () => {
    rig = await startPrinterRig();
    hub = rig.hub;
    events = await collectEvents(hub.url, 0, hub.token);
    service = await addService(hub, 'Bygga, bo, miljö', 'B');
  });
  after(async () => {
    await events?.close();
    await rig?.stop();
  });

  test('a ticket taken at the kiosk arrives whole: number at 4×, åäö intact, the follow QR, the cut', async () => {
    const ticket = await takeTicket(hub, service.id);
    assert.deepEqual(ticket.print, { status: 'printed' });
    const [received] = await rig.far.waitForTickets(1);
    const preview = previewOf(received!);
    const texts = preview.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
    assert.ok(preview.some((i) => i.kind === 'text' && i.text === ticket.number && i.width >= 3 && i.height >= 3), JSON.stringify(preview));
    assert.ok(texts.includes('Bygga, bo, miljö'));
    assert.ok(texts.includes('Spara lappen. Ditt nummer visas på skärmen.'));
    assert.deepEqual(preview.filter((i) => i.kind === 'qr').map((i) => i.kind === 'qr' && i.payload), [ticket.followUrl]);
    assert.match(ticket.followUrl, /\/t\/[\w-]{22}$/);
    assert.deepEqual(preview.at(-1), { kind: 'cut' });
    assert.deepEqual((await getTicket(hub, ticket.id)).print, { status: 'printed' });
    await eventually(() => assert.ok(events.events.some((e) => e.type === 'ticket.print-status' && e.ticketId === ticket.id && e.print.status === 'printed')));
  });

  for (const fault of ['paper-out', 'cover-open'] as const) {
    test(`${fault}: seen within seconds, tickets still get a number but fail with the reason, and nothing prints later`, async () => {
      const printedBefore = rig.far.tickets().length;
      rig.far.setMode(fault);
      await rig.becomes(fault, 6000);
      const health = (await hub.api<Health>('GET', '/api/health')).body;
      assert.equal(health.status, 'degraded');
      assert.ok(events.events.some((e) => e.type === 'printer.status' && e.state === fault));

      const ticket = await takeTicket(hub, service.id);
      assert.match(ticket.number, /^B\d{3}$/);
      assert.deepEqual(ticket.print, { status: 'failed', reason: fault });
      assert.deepEqual((await getTicket(hub, ticket.id)).print, { status: 'failed', reason: fault });

      rig.far.setMode('ready');
      await rig.becomes('ready', 6000);
      await sleep(500);
      assert.equal(rig.far.tickets().length, printedBefore, 'the failed ticket never comes out');
      assert.deepEqual((await takeTicket(hub, service.id)).print, { status: 'printed' });
    });
  }

  test('a pulled cable: offline, tickets fail with "offline", and after plugging back in it prints without a restart', async () => {
    await rig.unplug();
    await rig.becomes('offline', 6000);
    assert.deepEqual((await takeTicket(hub, service.id)).print, { status: 'failed', reason: 'offline' });

    await rig.plugIn();
    await rig.becomes('ready', 15_000);
    assert.deepEqual((await takeTicket(hub, service.id)).print, { status: 'printed' });
    assert.equal((await rig.far.waitForTickets(1)).length, 1);
    assert.match(hub.output(), /listening/);
  });

  test('the admin sees the printer, prints a test page, and the preview is read from the bytes sent', async () => {
    const test = await hub.api<Printout>('POST', '/api/printer/test', {});
    assert.equal(test.status, 200, JSON.stringify(test.body));
    assert.deepEqual(test.body.print, { status: 'printed' });
    const [page] = (await rig.far.waitForTickets(2)).slice(-1);
    assert.deepEqual(test.body.preview, previewOf(page!), 'the preview is the bytes the printer received');
    assert.ok(test.body.preview.some((i) => i.kind === 'text' && i.text.startsWith('ÅÄÖ åäö é ü €')));

    const view = await hub.api<PrinterView>('GET', '/api/printer');
    assert.equal(view.body.state, 'ready');
    assert.deepEqual(view.body.connection, { kind: 'serial', path: rig.pty.hubEnd, baud: 19200, from: 'command-line' });
    assert.equal(view.body.profile.columns, 48);
    assert.equal(view.body.printouts[0]!.label, 'test');
    assert.ok(view.body.printouts.some((p) => p.print.status === 'failed' && p.print.reason === 'paper-out'));
    assert.ok(view.body.printouts.every((p) => p.byteCount < 600));
    assert.equal((await hub.api('GET', '/api/printer', undefined, { token: null })).status, 401);
  });
});

describe('the virtual printer (no --printer)', () => {
  let hub: RunningHub;
  before(async () => {
    hub = await startHub();
  });
  after(() => hub?.stop());

  test('keeps each ticket’s bytes and shows them as they would print; the profile can be changed', async () => {
    const service = await addService(hub, 'Reception', 'R');
    const ticket = await takeTicket(hub, service.id);
    assert.deepEqual(ticket.print, { status: 'virtual' });
    const view = (await hub.api<PrinterView>('GET', '/api/printer')).body;
    assert.equal(view.state, 'virtual');
    assert.deepEqual(view.connection, { kind: 'virtual' });
    const [printout] = view.printouts;
    assert.equal(printout!.label, ticket.number);
    assert.ok(printout!.preview.some((i) => i.kind === 'qr' && i.payload === ticket.followUrl));

    const changed = await hub.api<PrinterView>('POST', '/api/printer/settings', { profile: 'escpos-58' });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.profile.columns, 32);
    await takeTicket(hub, service.id);
    const narrow = (await hub.api<PrinterView>('GET', '/api/printer')).body.printouts[0]!;
    for (const item of narrow.preview) if (item.kind === 'text') assert.ok(item.text.length * item.width <= 32, item.text);

    const bad = await hub.api<{ error: string }>('POST', '/api/printer/settings', { baud: 12345 });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error, /baud is one of 9600, 19200/);
  });
});
