import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allClips, BUILT_IN_VOICES, clipNames, LETTERS } from '../../common/announcement/clips.ts';
import { LANGUAGE_CODES } from '../../common/i18n/languages.ts';
import { deskNumber, planAnnouncement } from '../../common/announcement/plan.ts';
import { spokenNumber } from '../../common/announcement/spokenNumber.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('spoken numbers', () => {
  test('a number is read as words, without the padding zeros', () => {
    assert.deepEqual(spokenNumber('sv', '12'), ['sv/12']);
    assert.deepEqual(spokenNumber('sv', '7'), ['sv/7']);
    assert.deepEqual(spokenNumber('en', '40'), ['en/40']);
    assert.deepEqual(spokenNumber('en', '42'), ['en/40', 'en/2']);
  });

  test('hundreds: English says "and", Swedish runs the words together', () => {
    assert.deepEqual(spokenNumber('en', '112'), ['en/1', 'en/word-hundred', 'en/word-and', 'en/12']);
    assert.deepEqual(spokenNumber('sv', '112'), ['sv/1', 'sv/word-hundred', 'sv/12']);
    assert.deepEqual(spokenNumber('sv', '300'), ['sv/3', 'sv/word-hundred']);
    assert.deepEqual(spokenNumber('en', '999'), ['en/9', 'en/word-hundred', 'en/word-and', 'en/90', 'en/9']);
  });

  test('a busy day past 999 is read digit by digit', () => {
    assert.deepEqual(spokenNumber('sv', '1005'), ['sv/1', 'sv/0', 'sv/0', 'sv/5']);
  });

  test('Finnish says each whole hundred as one word ("kaksisataa"), with no "and"', () => {
    assert.deepEqual(spokenNumber('fi', '012'), ['fi/12']);
    assert.deepEqual(spokenNumber('fi', '245'), ['fi/200', 'fi/40', 'fi/5']);
    assert.deepEqual(spokenNumber('fi', '100'), ['fi/100']);
  });

  test('Arabic, Persian, Polish, Ukrainian and Bosnian read the printed digits, padding zeros included', () => {
    for (const lang of ['ar', 'fa', 'pl', 'uk', 'bs'] as const) {
      assert.deepEqual(spokenNumber(lang, '012'), [`${lang}/0`, `${lang}/1`, `${lang}/2`]);
      assert.deepEqual(spokenNumber(lang, '3'), [`${lang}/3`]);
    }
  });
});

describe('desk numbers', () => {
  test('taken from the end of the desk name', () => {
    assert.equal(deskNumber('Disk 3'), '3');
    assert.equal(deskNumber('Room 12 '), '12');
    assert.equal(deskNumber('Rum 2B'), null);
    assert.equal(deskNumber('Reception'), null);
  });
});

describe('announcement plan', () => {
  test('chime, "number", the prefix letter by letter, the number, "desk" and its number, in the ticket’s language', () => {
    assert.deepEqual(planAnnouncement({ ticketNumber: 'A012', deskName: 'Disk 3', language: 'sv' }), [
      'chime', 'sv/word-number', 'sv/letter-a', 'sv/12', 'sv/word-desk', 'sv/3',
    ]);
    assert.deepEqual(planAnnouncement({ ticketNumber: 'BY021', deskName: 'Desk 14', language: 'en' }), [
      'chime', 'en/word-number', 'en/letter-b', 'en/letter-y', 'en/20', 'en/1', 'en/word-desk', 'en/14',
    ]);
  });

  test('a desk without a number in its name: only the visitor’s number is said', () => {
    assert.deepEqual(planAnnouncement({ ticketNumber: 'C101', deskName: 'Reception', language: 'en' }), [
      'chime', 'en/word-number', 'en/letter-c', 'en/1', 'en/word-hundred', 'en/word-and', 'en/1',
    ]);
  });

  test('every language espeak-ng speaks is called in its own words', () => {
    assert.deepEqual(planAnnouncement({ ticketNumber: 'S012', deskName: 'Disk 3', language: 'ar' }), [
      'chime', 'ar/word-number', 'ar/letter-s', 'ar/0', 'ar/1', 'ar/2', 'ar/word-desk', 'ar/3',
    ]);
    assert.deepEqual(planAnnouncement({ ticketNumber: 'B110', deskName: 'Disk 12', language: 'pl' }), [
      'chime', 'pl/word-number', 'pl/letter-b', 'pl/1', 'pl/1', 'pl/0', 'pl/word-desk', 'pl/1', 'pl/2',
    ]);
    assert.deepEqual(planAnnouncement({ ticketNumber: 'A021', deskName: 'Disk 3', language: 'fi' }), [
      'chime', 'fi/word-number', 'fi/letter-a', 'fi/20', 'fi/1', 'fi/word-desk', 'fi/3',
    ]);
  });

  test('a language without a voice is called in Swedish, unless the centre’s voice pack gives it one', () => {
    const swedish = ['chime', 'sv/word-number', 'sv/letter-a', 'sv/12', 'sv/word-desk', 'sv/3'];
    assert.deepEqual(planAnnouncement({ ticketNumber: 'A012', deskName: 'Disk 3', language: 'so' }), swedish);
    assert.deepEqual(planAnnouncement({ ticketNumber: 'A012', deskName: 'Disk 3', language: 'ti' }), swedish);
    assert.deepEqual(planAnnouncement({ ticketNumber: 'A012', deskName: 'Disk 3', language: 'so' }, ['sv', 'so']), [
      'chime', 'so/word-number', 'so/letter-a', 'so/0', 'so/1', 'so/2', 'so/word-desk', 'so/3',
    ]);
    // A hub that says Arabic has no voice (its clips were removed) is believed.
    assert.deepEqual(planAnnouncement({ ticketNumber: 'A012', deskName: 'Disk 3', language: 'ar' }, ['sv']), swedish);
  });

  test('a number in a format the display cannot read still chimes', () => {
    assert.deepEqual(planAnnouncement({ ticketNumber: 'Ä-12', deskName: 'Disk 3', language: 'sv' }), ['chime']);
  });

  test('every clip a plan can name is a file in the repository', () => {
    const missing = allClips().filter((clip) => !existsSync(join(root, 'public', 'voice', `${clip}.ogg`)));
    assert.deepEqual(missing, []);
    // 0–120 (every word below a hundred, 100 itself and English's 110), each other hundred, and past 999.
    const numbers = [...Array.from({ length: 121 }, (_, n) => n), 200, 301, 412, 520, 699, 700, 815, 999, 1234];
    const everyPlanned = LANGUAGE_CODES.flatMap((language) =>
      numbers.flatMap((n) => planAnnouncement({ ticketNumber: `${LETTERS.join('').slice(n % 24, (n % 24) + 3)}${String(n).padStart(3, '0')}`, deskName: `Desk ${n}`, language })),
    );
    const built = new Set(allClips());
    assert.deepEqual([...new Set(everyPlanned)].filter((clip) => !built.has(clip)), []);
    // And every clip of a language's own set is one its calls use: a complete voice pack has nothing to spare.
    for (const language of BUILT_IN_VOICES) {
      const used = new Set(everyPlanned.filter((clip) => clip.startsWith(`${language}/`)));
      assert.deepEqual(clipNames(language).filter((name) => !used.has(`${language}/${name}`)), [], language);
    }
  });
});
