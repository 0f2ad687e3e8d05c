import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ticketDocument } from '../../main/printer/ticketDocument.ts';
import { encodeDocument } from '../../hardware/escpos/encodeDocument.ts';
import { previewOf } from '../../hardware/escpos/preview.ts';
import { PRINTER_PROFILES, type PrinterProfileName } from '../../hardware/printer/profiles.ts';
import { DOTS_PER_COLUMN, RASTER_EM_DOTS } from '../../hardware/escpos/encodeDocument.ts';
import { loadTextRenderer } from '../../hardware/raster/textRenderer.ts';
import { cropToInk, packRows, unpackRows } from '../../hardware/raster/bitmap.ts';
import { t } from '../../common/i18n/translate.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../../common/i18n/languages.ts';

const renderer = await loadTextRenderer();

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

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').match(/../g)!.join(' ');
const encode = (language: LanguageCode, profile: PrinterProfileName) => encodeDocument(ticketDocument({ ...job, language }), PRINTER_PROFILES[profile], renderer);
const texts = (bytes: Uint8Array) => previewOf(bytes).flatMap((i) => (i.kind === 'text' ? [i.text] : []));
const images = (bytes: Uint8Array) => previewOf(bytes).flatMap((i) => (i.kind === 'image' ? [i] : []));

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

test('Finnish and Somali tickets print in their own language, every letter intact in PC858', () => {
  const printed = (language: 'fi' | 'so') => texts(encode(language, 'epson-80'));
  const finnish = printed('fi');
  assert.ok(finnish.includes('3 henkilöä ennen sinua, noin 12 min'), finnish.join('|'));
  assert.ok(finnish.includes('Säilytä tämä lappu. Numerosi näytetään näytöllä.'), finnish.join('|'));
  const somali = printed('so');
  assert.ok(somali.includes('3 qof ayaa kaa horreeya, qiyaastii 12 daqiiqo'), somali.join('|'));
  assert.ok(!somali.join('').includes('?'), somali.join('|'));
});

test('Polish and Bosnian lines go out in PC852 (ESC t 18) and read back letter for letter', () => {
  for (const language of ['pl', 'bs'] as const) {
    const bytes = encode(language, 'clone-80');
    assert.ok(hex(bytes).includes('1b 74 12'), `${language}: switched to PC852`);
    const printed = texts(bytes);
    for (const key of ['ticket.keep', 'ticket.follow'] as const) assert.ok(printed.join(' ').includes(t(language, key)), `${language}: ${t(language, key)} in ${printed.join('|')}`);
    assert.ok(printed.includes('Bygga, bo, miljö och tillstånd'), `${language}: the Swedish service name still in PC858`);
  }
  assert.ok(texts(encode('pl', 'epson-80')).includes('3 osoby przed Tobą, około 12 min'));
  assert.match(t('pl', 'ticket.keep') + t('pl', 'ticket.follow'), /[ąćęłńóśźż]/);
  assert.match(t('bs', 'ticket.keep'), /[čćđšž]/);
});

test('Ukrainian prints as PC866 text where the profile has PC866, as images where it has not', () => {
  const epson = texts(encode('uk', 'epson-80')).join(' ');
  // PC866 lacks the Ukrainian і; it prints the Latin i, the same letter on paper.
  assert.ok(hex(encode('uk', 'epson-80')).includes('1b 74 11'), 'switched to PC866');
  assert.ok(epson.includes(t('uk', 'ticket.keep').replaceAll('і', 'i').replaceAll('’', "'")), epson);
  assert.equal(images(encode('uk', 'epson-80')).length, 0);
  assert.ok(images(encode('uk', 'clone-80')).length >= 3, 'clone-80 has no PC866');
});

// The time stays text: in the visitor's own form where that has only digits, else in the centre's.
for (const [language, profile, time] of [['ar', 'epson-80', '2026-11-24 10:05'], ['fa', 'epson-80', '2026-11-24 10:05'], ['ti', 'epson-80', '2026-11-24 10:05'], ['uk', 'clone-80', '24.11.26, 10:05'], ['ar', 'escpos-58', '2026-11-24 10:05']] as const) {
  test(`a ${language} ticket on ${profile}: the visitor's lines are images of a text line's height with ink, the rest stays text`, () => {
    const bytes = encode(language, profile);
    const paper = PRINTER_PROFILES[profile].columns * DOTS_PER_COLUMN;
    const pictures = images(bytes);
    assert.ok(pictures.length >= 3, `${pictures.length} image lines`);
    for (const image of pictures) {
      assert.ok(image.height >= 12 && image.height <= 36, `height ${image.height} dots, about a 24-dot text line`);
      assert.ok(image.width * image.scaleX <= paper, `${image.width * image.scaleX} dots across fits ${paper}`);
      const ink = unpackRows(Buffer.from(image.rows, 'base64'), image.width / 8, image.height).dots.reduce((a, b) => a + b, 0);
      assert.ok(ink > image.width * image.height * 0.08, `ink ${ink} of ${image.width * image.height}`);
    }
    const printed = texts(bytes);
    for (const line of ['Medborgarservice', 'Bygga, bo, miljö och tillstånd', 'M007', time]) assert.ok(printed.includes(line), `${line} as text in ${printed.join('|')}`);
    assert.ok(previewOf(bytes).some((i) => i.kind === 'qr' && i.payload === job.followUrl));
  });
}

test('an image line is the shaped rendering of the visitor\'s own sentence, not of a fallback', () => {
  const keep = t('ar', 'ticket.keep');
  const expected = cropToInk(renderer.render(keep, { direction: 'rtl', emDots: RASTER_EM_DOTS, bold: false, widthScale: 0.5 }));
  const printed = images(encode('ar', 'epson-80')).map((i) => i.rows);
  assert.ok(printed.includes(Buffer.from(packRows(expected)).toString('base64')));
});

test('a ticket in any language, on every profile, stays under 2,500 bytes (1.3 s at 19,200 baud); text-only ones under 600', () => {
  for (const [name, profile] of Object.entries(PRINTER_PROFILES)) {
    for (const language of LANGUAGE_CODES) {
      const bytes = encodeDocument(ticketDocument({ ...job, language }), profile, renderer);
      assert.ok(bytes.length < 2500, `${name} ${language}: ${bytes.length} bytes`);
      if (images(bytes).length === 0) assert.ok(bytes.length < 600, `${name} ${language}: ${bytes.length} bytes of text`);
      const preview = previewOf(bytes);
      assert.ok(texts(bytes).includes('M007'), name);
      for (const item of preview) if (item.kind === 'text') assert.ok(item.text.length * item.width <= profile.columns, `${name} ${language}: "${item.text}" fits`);
      assert.deepEqual(preview.at(-1), { kind: 'cut' });
    }
    assert.ok(texts(encodeDocument(ticketDocument({ ...job, language: 'sv' }), profile, renderer)).join(' ').includes('skärmen'), `${name}: åäö intact`);
  }
});
