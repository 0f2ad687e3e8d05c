import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allClips } from '../../common/announcement/clips.ts';
import { deskNumber, planAnnouncement } from '../../common/announcement/plan.ts';
import { spokenNumber } from '../../common/announcement/spokenNumber.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('spoken numbers', () => {
  test('a number is read as words, without the padding zeros', () => {
    assert.deepEqual(spokenNumber('sv', 12), ['sv/12']);
    assert.deepEqual(spokenNumber('sv', 7), ['sv/7']);
    assert.deepEqual(spokenNumber('en', 40), ['en/40']);
    assert.deepEqual(spokenNumber('en', 42), ['en/40', 'en/2']);
  });

  test('hundreds: English says "and", Swedish runs the words together', () => {
    assert.deepEqual(spokenNumber('en', 112), ['en/1', 'en/word-hundred', 'en/word-and', 'en/12']);
    assert.deepEqual(spokenNumber('sv', 112), ['sv/1', 'sv/word-hundred', 'sv/12']);
    assert.deepEqual(spokenNumber('sv', 300), ['sv/3', 'sv/word-hundred']);
    assert.deepEqual(spokenNumber('en', 999), ['en/9', 'en/word-hundred', 'en/word-and', 'en/90', 'en/9']);
  });

  test('a busy day past 999 is read digit by digit', () => {
    assert.deepEqual(spokenNumber('sv', 1005), ['sv/1', 'sv/0', 'sv/0', 'sv/5']);
  });
});

describe('desk numbers', () => {
  test('taken from the end of the desk name', () => {
    assert.equal(deskNumber('Disk 3'), 3);
    assert.equal(deskNumber('Room 12 '), 12);
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

  test('a number in a format the display cannot read still chimes', () => {
    assert.deepEqual(planAnnouncement({ ticketNumber: 'Ä-12', deskName: 'Disk 3', language: 'sv' }), ['chime']);
  });

  test('every clip a plan can name is a file in the repository', () => {
    const missing = allClips().filter((clip) => !existsSync(join(root, 'public', 'voice', `${clip}.ogg`)));
    assert.deepEqual(missing, []);
    const everyPlanned = ['sv', 'en'].flatMap((language) =>
      [1, 19, 20, 99, 100, 110, 999, 1234].flatMap((n) =>
        planAnnouncement({ ticketNumber: `ZQ${String(n).padStart(3, '0')}`, deskName: `Desk ${n}`, language: language as 'sv' | 'en' }),
      ),
    );
    assert.deepEqual(everyPlanned.filter((clip) => !allClips().includes(clip)), []);
  });
});
