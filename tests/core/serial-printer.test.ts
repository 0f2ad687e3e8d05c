// The printer driver on a real serial line (a socat PTY pair) against a test printer that answers like an Epson.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { EscposPrinter } from '../../hardware/printer/escposPrinter.ts';
import type { PrinterCondition } from '../../hardware/printer/statusParser.ts';
import { encodeDocument } from '../../hardware/escpos/encodeDocument.ts';
import { previewOf } from '../../hardware/escpos/preview.ts';
import { PRINTER_PROFILES } from '../../hardware/printer/profiles.ts';
import { ptyPair, type PtyPair } from '../helpers/ptyPair.ts';
import { openTestPrinter, type TestPrinter } from '../helpers/testPrinter.ts';
import { eventually } from '../helpers/browser.ts';
import { loadTextRenderer } from '../../hardware/raster/textRenderer.ts';

const ticket = encodeDocument(
  { lines: [{ text: 'Medborgarservice', align: 'center' }, { text: 'B012', size: 'huge', align: 'center' }, { text: 'Två före dig – här', align: 'center' }], qr: 'http://hub/t/abcdefghijklmnopqrstuv' },
  PRINTER_PROFILES['epson-80'],
  await loadTextRenderer(),
);
const soon = () => Date.now() + 15_000;

const until = (what: string, check: () => boolean, timeoutMs = 8000) => eventually(() => assert.ok(check(), what), timeoutMs);

describe('ESC/POS printer on a serial line', () => {
  let pty: PtyPair;
  let far: TestPrinter;
  let printer: EscposPrinter;
  const seen: PrinterCondition[] = [];

  before(async () => {
    pty = await ptyPair();
    far = await openTestPrinter(pty.printerEnd);
    printer = new EscposPrinter({
      line: { path: pty.hubEnd, baud: 19200, flowControl: 'rtscts' },
      onCondition: (condition) => seen.push(condition),
      timing: { pollMs: 300, reopenFirstMs: 100, reopenMaxMs: 800, printMarginMs: 1500 },
    });
    await until('ready', () => printer.condition() === 'ready');
  });
  after(async () => {
    await printer?.close();
    await far?.close();
    await pty?.destroy();
  });

  test('a ticket arrives whole: the number at 4×, åäö in PC858, the QR code, the cut', async () => {
    assert.deepEqual(await printer.print(ticket, soon()), { ok: true });
    const [received] = await far.waitForTickets(1);
    assert.deepEqual(received, ticket);
    const preview = previewOf(received!);
    assert.ok(preview.some((i) => i.kind === 'text' && i.text === 'B012' && i.width === 4 && i.height === 4));
    assert.ok(preview.some((i) => i.kind === 'text' && i.text === 'Två före dig ? här'));
    assert.ok(preview.some((i) => i.kind === 'qr' && i.payload === 'http://hub/t/abcdefghijklmnopqrstuv'));
  });

  for (const fault of ['paper-out', 'cover-open'] as const) {
    test(`${fault} is seen by polling, a ticket then fails at once with that reason, and the printer recovers`, async () => {
      const before = far.tickets().length;
      far.setMode(fault);
      await until(fault, () => printer.condition() === fault);
      assert.deepEqual(await printer.print(ticket, soon()), { ok: false, reason: fault });
      far.setMode('ready');
      await until('ready again', () => printer.condition() === 'ready');
      await sleep(300);
      assert.equal(far.tickets().length, before, 'the failed ticket is never printed later');
    });
  }

  test('paper running out in the middle of a ticket fails it, and its rest is dropped, not printed after the paper change', async () => {
    const before = far.printed().length;
    far.runOutOfPaperAfter(40);
    assert.deepEqual(await printer.print(ticket, soon()), { ok: false, reason: 'paper-out' });
    assert.equal(printer.condition(), 'paper-out');
    far.setMode('ready');
    await until('ready', () => printer.condition() === 'ready');
    await sleep(300);
    assert.equal(far.printed().length - before, 40, 'only what came out before the paper ended');
  });

  test('paper near its end still prints, and says so', async () => {
    far.setMode('paper-near-end');
    await until('near end', () => printer.condition() === 'paper-near-end');
    assert.deepEqual(await printer.print(ticket, soon()), { ok: true });
    far.setMode('ready');
    await until('ready', () => printer.condition() === 'ready');
  });

  test('a printer that stops answering is offline, and back when it answers', async () => {
    far.setMode('mute');
    await until('offline', () => printer.condition() === 'offline');
    assert.deepEqual(await printer.print(ticket, soon()), { ok: false, reason: 'offline' });
    far.setMode('ready');
    await until('ready', () => printer.condition() === 'ready');
  });

  test('a job whose turn comes after its deadline is not printed', async () => {
    const before = far.tickets().length;
    assert.deepEqual(await printer.print(ticket, Date.now() - 1), { ok: false, reason: 'expired' });
    await sleep(200);
    assert.equal(far.tickets().length, before);
  });

  test('a pulled cable is offline; plugged back in, the printer is ready and prints without a restart', async () => {
    await far.close();
    await pty.unplug();
    await until('offline', () => printer.condition() === 'offline');
    assert.deepEqual(await printer.print(ticket, soon()), { ok: false, reason: 'offline' });
    await sleep(1000);
    await pty.plugIn();
    far = await openTestPrinter(pty.printerEnd);
    await until('ready after re-plugging', () => printer.condition() === 'ready', 10_000);
    assert.deepEqual(await printer.print(ticket, soon()), { ok: true });
    assert.equal((await far.waitForTickets(1)).length, 1);
  });

  test('every change of state was reported once, in order', () => {
    assert.deepEqual(seen.slice(0, 3), ['ready', 'paper-out', 'ready']);
    for (let i = 1; i < seen.length; i++) assert.notEqual(seen[i], seen[i - 1]);
  });
});
