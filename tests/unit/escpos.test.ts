import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { align, clearBuffers, emphasis, feed, initialise, partialCut, printStoredLogo, qr, realtimeStatus, selectCodePage, size, transmitPaperStatus } from '../../hardware/escpos/encoder.ts';
import { transcode, decodeText } from '../../hardware/escpos/codePages.ts';
import { encodeDocument, type TicketLayout } from '../../hardware/escpos/encodeDocument.ts';
import { previewOf } from '../../hardware/escpos/preview.ts';
import { wrap } from '../../hardware/escpos/wrap.ts';
import { loadTextRenderer } from '../../hardware/raster/textRenderer.ts';

const renderer = await loadTextRenderer();

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').match(/../g)!.join(' ');
const layout: TicketLayout = { columns: 48, codePage: 'pc858', otherCodePages: ['pc852'], qrModuleSize: 6 };

describe('ESC/POS commands, byte for byte as in the Epson reference', () => {
  test('mode commands', () => {
    assert.equal(hex(initialise()), '1b 40');
    assert.equal(hex(selectCodePage('pc858')), '1b 74 13');
    assert.equal(hex(selectCodePage('pc437')), '1b 74 00');
    assert.equal(hex(align('center')), '1b 61 01');
    assert.equal(hex(emphasis(true)), '1b 45 01');
    assert.equal(hex(emphasis(false)), '1b 45 00');
    assert.equal(hex(size(4, 4)), '1d 21 33');
    assert.equal(hex(size(3, 3)), '1d 21 22');
    assert.equal(hex(size(1, 1)), '1d 21 00');
    assert.equal(hex(feed(3)), '1b 64 03');
    assert.equal(hex(partialCut()), '1d 56 42 00');
    assert.equal(hex(printStoredLogo('LG')), '1d 28 4c 06 00 30 45 4c 47 01 01');
    assert.equal(hex(realtimeStatus(4)), '10 04 04');
    assert.equal(hex(transmitPaperStatus()), '1d 72 01');
    assert.equal(hex(clearBuffers()), '10 14 08 01 03 14 01 06 02 08');
  });

  test('sizes and logo keys outside what the printer takes are refused, not sent', () => {
    assert.throws(() => size(9, 1), /1 to 8/);
    assert.throws(() => size(0, 1), /1 to 8/);
    assert.throws(() => printStoredLogo('LOGO'), /two printable/);
  });
});

describe('QR code (GS ( k, model 2, printed by the printer)', () => {
  test('a short payload: model, module size, error correction, store with pL = k + 3, print', () => {
    const url = 'https://a.se/t/xyz'; // 18 bytes
    const bytes = qr(url, { moduleSize: 6, errorCorrection: 'M' });
    const data = hex(new TextEncoder().encode(url));
    assert.equal(
      hex(bytes),
      ['1d 28 6b 04 00 31 41 32 00', '1d 28 6b 03 00 31 43 06', '1d 28 6b 03 00 31 45 31', `1d 28 6b 15 00 31 50 30 ${data}`, '1d 28 6b 03 00 31 51 30'].join(' '),
    );
  });

  test('a payload over 252 bytes carries its length in pL and pH', () => {
    const bytes = qr('x'.repeat(300), { moduleSize: 3, errorCorrection: 'L' });
    const store = hex(bytes.subarray(25, 33));
    assert.equal(store, '1d 28 6b 2f 01 31 50 30'); // 303 = 0x012f
    assert.equal(bytes.length, 9 + 8 + 8 + 8 + 300 + 8);
  });

  test('an empty or oversized payload is refused', () => {
    assert.throws(() => qr('', { moduleSize: 6, errorCorrection: 'M' }), /1 to 7089 bytes/);
    assert.throws(() => qr('x'.repeat(7090), { moduleSize: 6, errorCorrection: 'M' }), /1 to 7089 bytes/);
  });
});

describe('text in the printer’s code page', () => {
  test('åäö ÅÄÖ é ü and € become their PC858 bytes', () => {
    assert.equal(hex(transcode('åäöÅÄÖéü€', 'pc858')), '86 84 94 8f 8e 99 82 81 d5');
    assert.equal(decodeText(transcode('Bygga, bo, miljö – 25 €', 'pc858'), 'pc858'), 'Bygga, bo, miljö ? 25 €');
  });

  test('a decomposed ä (a + combining diaeresis) prints as one ä', () => {
    assert.equal(hex(transcode('a\u0308', 'pc858')), '84');
  });

  test('a control character in a name cannot reach the printer as a command', () => {
    assert.equal(hex(transcode('A\x1b@B\x1dV', 'pc858')), '41 3f 40 42 3f 56');
  });
});

describe('lines wrapped to the paper', () => {
  test('words stay whole; a word longer than the line is split', () => {
    assert.deepEqual(wrap('Bygga, bo, miljö och tillstånd', 12), ['Bygga, bo,', 'miljö och', 'tillstånd']);
    assert.deepEqual(wrap('Medborgarservicekontoret', 10), ['Medborgars', 'ervicekont', 'oret']);
    assert.deepEqual(wrap('', 10), ['']);
  });

  test('a line printed four times as wide gets a quarter of the columns', () => {
    const bytes = encodeDocument({ lines: [{ text: 'ABCDEFGHIJ', size: 'huge' }] }, { ...layout, columns: 32 }, renderer);
    const lines = previewOf(bytes).filter((i) => i.kind === 'text');
    assert.deepEqual(lines.map((l) => l.text), ['ABCDEFGH', 'IJ']);
  });
});

describe('a whole ticket', () => {
  const document = {
    lines: [
      { text: 'Medborgarservice', align: 'center' as const, bold: true },
      { text: 'A007', align: 'center' as const, size: 'huge' as const, bold: true },
      { text: 'Två före dig', align: 'center' as const },
    ],
    qr: 'http://h/t/Ab',
  };

  test('encodes to exactly these bytes', () => {
    assert.equal(
      hex(encodeDocument(document, layout, renderer)),
      [
        '1b 40 1b 74 13', // initialise, PC858
        '1b 61 01 1b 45 01', // centre, bold
        hex(new TextEncoder().encode('Medborgarservice')) + ' 0a',
        '1d 21 33 41 30 30 37 0a', // 4×4: A007
        '1b 45 00 1d 21 00 54 76 86 20 66 94 72 65 20 64 69 67 0a', // normal: Två före dig
        '1d 28 6b 04 00 31 41 32 00 1d 28 6b 03 00 31 43 06 1d 28 6b 03 00 31 45 31',
        '1d 28 6b 10 00 31 50 30 ' + hex(new TextEncoder().encode('http://h/t/Ab')),
        '1d 28 6b 03 00 31 51 30',
        '1d 56 42 00', // feed to the cutter, partial cut
      ].join(' '),
    );
  });

  test('reads back as the lines, sizes, QR and cut it was made from', () => {
    assert.deepEqual(previewOf(encodeDocument({ ...document }, { ...layout, logoKey: 'LG' }, renderer)), [
      { kind: 'logo', key: 'LG' },
      { kind: 'text', text: 'Medborgarservice', align: 'center', bold: true, width: 1, height: 1 },
      { kind: 'text', text: 'A007', align: 'center', bold: true, width: 4, height: 4 },
      { kind: 'text', text: 'Två före dig', align: 'center', bold: false, width: 1, height: 1 },
      { kind: 'qr', payload: 'http://h/t/Ab', moduleSize: 6, errorCorrection: 'M' },
      { kind: 'cut' },
    ]);
  });

  test('a Polish line between Swedish ones switches to PC852 (ESC t 18) and back to PC858 (ESC t 19)', () => {
    const bytes = encodeDocument({ lines: [{ text: 'Två före dig' }, { text: 'Zażółć gęślą jaźń' }, { text: 'Tack' }] }, layout, renderer);
    assert.match(hex(bytes), /^1b 40 1b 74 13 .* 0a 1b 74 12 .* 0a 1b 74 13 54 61 63 6b 0a/);
    assert.deepEqual(previewOf(bytes).flatMap((i) => (i.kind === 'text' ? [i.text] : [])), ['Två före dig', 'Zażółć gęślą jaźń', 'Tack']);
  });

  test('the preview refuses bytes it does not understand instead of guessing', () => {
    assert.throws(() => previewOf(Uint8Array.from([0x1b, 0x40, 0x1b, 0x21, 0x00])), /at byte 2: 0x1b/);
  });
});
