// The text rules of every typed name, reason and note, and of usernames, tested directly on the pure modules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText, textFault } from '../../common/text/cleanText.ts';
import { normaliseUsername, usernameFault, usernameKey } from '../../common/text/username.ts';

test('names are stored trimmed, in NFC, with one space between words', () => {
  assert.equal(cleanText('  Disk\u00a0\u00a01\t'), 'Disk 1');
  assert.equal(cleanText('Bostad\u3000och  bygg'), 'Bostad och bygg');
  // "é" typed as e + combining acute is the same name as the precomposed é
  assert.equal(cleanText('Cafe\u0301'), 'Caf\u00e9');
  assert.equal(textFault('Caf\u00e9'), null);
});

test('a comment keeps its lines, with \\n line ends and no trailing spaces', () => {
  assert.equal(cleanText('  Bra service \r\nmen lång kö\t\r\n', { multiline: true }), 'Bra service\nmen lång kö');
  assert.equal(textFault('rad ett\nrad två\ttab', { multiline: true }), null);
  assert.deepEqual(textFault('rad ett\nrad två'), { kind: 'control', codePoint: 0x0a });
});

test('control characters, NUL and broken surrogates are refused', () => {
  assert.deepEqual(textFault('Desk\u00001'), { kind: 'control', codePoint: 0 });
  assert.deepEqual(textFault('Desk\u007f'), { kind: 'control', codePoint: 0x7f });
  assert.deepEqual(textFault('Desk\u0085'), { kind: 'control', codePoint: 0x85 });
  assert.deepEqual(textFault('Desk \ud800'), { kind: 'control', codePoint: 0xd800 });
  assert.deepEqual(textFault('x\u0000y', { multiline: true }), { kind: 'control', codePoint: 0 });
});

test('bidi overrides, embeddings, isolates and marks are refused', () => {
  for (const codePoint of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]) {
    assert.deepEqual(textFault(`Anna ${String.fromCodePoint(codePoint)}gnirts`), { kind: 'bidi', codePoint }, `U+${codePoint.toString(16)}`);
  }
});

test('zero-width characters that make a look-alike are refused', () => {
  assert.deepEqual(textFault('Disk 1\u200b'), { kind: 'invisible', codePoint: 0x200b });
  assert.deepEqual(textFault('Di\u200dsk 1'), { kind: 'invisible', codePoint: 0x200d });
  assert.deepEqual(textFault('Disk\u200c1'), { kind: 'invisible', codePoint: 0x200c });
  assert.deepEqual(textFault('\ufeffDisk 1'), { kind: 'invisible', codePoint: 0xfeff });
  assert.deepEqual(textFault('Dis\u00adk 1'), { kind: 'invisible', codePoint: 0xad });
  assert.deepEqual(textFault('Disk 1\ufe0f'), { kind: 'invisible', codePoint: 0xfe0f });
  assert.deepEqual(textFault('Disk\u{e0041}'), { kind: 'invisible', codePoint: 0xe0041 });
});

test('a name of only invisible characters is blank', () => {
  assert.deepEqual(textFault('\u200b\u200b'), { kind: 'blank' });
  assert.deepEqual(textFault(' \u3164 \u2800 \u200d'), { kind: 'blank' });
  // Whether an empty or all-space field may be left empty is the field's rule, not a fault of the text.
  assert.equal(textFault(''), null);
  assert.equal(textFault('   '), null);
});

test('the joiners a script needs stay: Persian ZWNJ, emoji sequences', () => {
  assert.equal(textFault('می\u200cخواهم'), null);
  assert.equal(textFault('क्\u200dष'), null);
  assert.equal(textFault('Familj \u{1f468}\u200d\u{1f469}\u200d\u{1f467}'), null);
  assert.equal(textFault('Tack \u2764\ufe0f'), null);
  // …but not at a word's edge, where they only hide
  assert.deepEqual(textFault('مکتب\u200c'), { kind: 'invisible', codePoint: 0x200c });
});

test('usernames are compared by NFKC with case folding', () => {
  assert.equal(usernameKey('Admin'), 'admin');
  assert.equal(usernameKey('ＡＤＭＩＮ'), 'admin');
  assert.equal(usernameKey(' Straße '), 'strasse');
  assert.equal(usernameKey('STRASSE'), 'strasse');
  assert.equal(normaliseUsername('ａｄｍｉｎ'), 'admin');
});

test('a username is letters, digits and . _ - of one script', () => {
  assert.equal(usernameFault('anna.berg-2_x'), null);
  assert.equal(usernameFault('анна'), null);
  assert.equal(usernameFault('مریم'), null);
  assert.equal(usernameFault('Jörg'), null);
  assert.deepEqual(usernameFault('\u0430dmin'), { kind: 'mixed-scripts', scripts: ['Cyrillic', 'Latin'] });
  assert.deepEqual(usernameFault('pαypal'), { kind: 'mixed-scripts', scripts: ['Latin', 'Greek'] });
  assert.deepEqual(usernameFault('anna@kommun.se'), { kind: 'character', char: '@' });
  assert.deepEqual(usernameFault('anna berg'), { kind: 'character', char: ' ' });
  // fullwidth letters are not refused but folded: normalised first, they are plain Latin
  assert.equal(usernameFault(normaliseUsername('ａｄｍｉｎ')), null);
});
