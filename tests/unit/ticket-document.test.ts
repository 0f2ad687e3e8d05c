import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ticketDocument } from '../../main/printer/ticketDocument.ts';
import { encodeDocument } from '../../hardware/escpos/encodeDocument.ts';
import { previewOf } from '../../hardware/escpos/preview.ts';
import { PRINTER_PROFILES } from '../../hardware/printer/profiles.ts';

const job = {
  centreName: 'Medborgarservice',
  serviceName: 'Bygga, bo, miljö och tillstånd',
  number: 'M007',
  ahead: 3,
  estimatedWaitMinutes: 12,
  issuedAtMs: Date.parse('2026-11-24T09:05:00Z'),
  timeZone: 'Europe/Stockholm',
  followUrl: 'http://192.168.100.200:4800/t/AbCdEfGhIjKlMnOpQrStUv',
} as const;

test('the printed ticket shows centre, service, the number huge, the place in line, the local time, what to do and the follow QR', () => {
  const document = ticketDocument({ ...job, language: 'sv' });
  assert.deepEqual(document.lines.map((l) => l.text), [
    'Medborgarservice',
    'Bygga, bo, miljö och tillstånd',
    'M007',
    '3 personer före dig, cirka 12 min',
    '2026-11-24 10:05',
    'Spara lappen. Ditt nummer visas på skärmen.',
    'Skanna för att följa din plats i kön',
  ]);
  assert.equal(document.lines[2]!.size, 'huge');
  assert.equal(document.qr, job.followUrl, 'the QR opens the follow page by its random token, never the ticket id');
});

test('the ticket speaks the visitor’s language', () => {
  const document = ticketDocument({ ...job, language: 'en', ahead: 0, estimatedWaitMinutes: 0 });
  assert.equal(document.lines[3]!.text, 'You are next');
  assert.match(document.lines[4]!.text, /24\/11\/2026, 10:05/);
  assert.equal(document.lines[5]!.text, 'Keep this ticket. Your number will be shown on the screen.');
});

test('a ticket in a script the code page cannot print is printed in Swedish, not as question marks', () => {
  const document = ticketDocument({ ...job, language: 'ar', ahead: 1 });
  assert.equal(document.lines[3]!.text, '1 person före dig, cirka 12 min');
  assert.equal(ticketDocument({ ...job, language: 'pl', ahead: 1 }).lines[3]!.text, '1 person före dig, cirka 12 min', 'ą ę ł ś need PC852');
});

test('Finnish and Somali tickets print in their own language, every letter intact in PC858', () => {
  const printed = (language: 'fi' | 'so') =>
    previewOf(encodeDocument(ticketDocument({ ...job, language }), PRINTER_PROFILES['epson-80'])).flatMap((i) => (i.kind === 'text' ? [i.text] : []));
  const finnish = printed('fi');
  assert.ok(finnish.includes('3 henkilöä ennen sinua, noin 12 min'), finnish.join('|'));
  assert.ok(finnish.includes('Säilytä tämä lappu. Numerosi näytetään näytöllä.'), finnish.join('|'));
  const somali = printed('so');
  assert.ok(somali.includes('3 qof ayaa kaa horreeya, qiyaastii 12 daqiiqo'), somali.join('|'));
  assert.ok(!somali.join('').includes('?'), somali.join('|'));
});

test('on every profile a ticket stays under 600 bytes (0.63 s at 9600 baud) and reads back whole', () => {
  for (const [name, profile] of Object.entries(PRINTER_PROFILES)) {
    const bytes = encodeDocument(ticketDocument({ ...job, language: 'sv' }), profile);
    assert.ok(bytes.length < 600, `${name}: ${bytes.length} bytes`);
    const preview = previewOf(bytes);
    const texts = preview.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
    assert.ok(texts.includes('M007'), name);
    assert.ok(texts.join(' ').includes('skärmen'), `${name}: åäö intact`);
    for (const item of preview) if (item.kind === 'text') assert.ok(item.text.length * item.width <= profile.columns, `${name}: "${item.text}" fits`);
    assert.deepEqual(preview.at(-1), { kind: 'cut' });
  }
});
