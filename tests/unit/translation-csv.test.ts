// A translator's corrections, checked before any of them may replace a shipped text (common/i18n/messageCheck.ts,
// common/i18n/translationCsv.ts): the placeholders the screens fill in, the ICU syntax, the language's plural forms,
// and a file that is refused whole with the line of each problem.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { translationProblem } from '../../common/i18n/messageCheck.ts';
import { readTranslationCsv, translationCsv } from '../../common/i18n/translationCsv.ts';
import { VISITOR_KEYS } from '../../common/i18n/visitorKeys.ts';
import { CATALOGUES } from '../../common/i18n/translate.ts';
import { en } from '../../common/i18n/en.ts';
import { parseCsv, toCsv } from '../../common/text/csv.ts';

const AHEAD = en['kiosk.ahead'];

describe('a translated text against the English one', () => {
  test('the same placeholders, in the plural forms of its language, pass', () => {
    assert.equal(translationProblem('{count, plural, one {# person före dig} other {# personer före dig}}', AHEAD, 'sv'), null);
    assert.equal(translationProblem('{count, plural, zero {لا أحد} one {واحد} two {اثنان} few {#} many {#} other {#}}', AHEAD, 'ar'), null);
    assert.equal(translationProblem('{count, plural, =0 {ingen} one {en} other {#}}', AHEAD, 'sv'), null, 'an exact case is no plural form');
  });

  test('a placeholder missing or renamed is named, with the ones the English has', () => {
    assert.equal(translationProblem('Några före dig', AHEAD, 'sv'), 'placeholder {count} is missing (the English has {count})');
    assert.equal(
      translationProblem('{antal, plural, one {# person} other {# personer}}', AHEAD, 'sv'),
      'placeholder {count} is missing, and {antal} is not a placeholder of this text (the English has {count})',
    );
    assert.equal(translationProblem('Hej {name}', 'Hello', 'sv'), '{name} is not a placeholder of this text (the English has none)');
  });

  test('malformed ICU and a plural without "other" are refused', () => {
    assert.match(translationProblem('{count, plural, one {# person} other {# personer}', AHEAD, 'sv')!, /^not a valid ICU message/);
    assert.match(translationProblem('{count, plural, one {# person}}', AHEAD, 'sv')!, /missing other clause/);
  });

  test("a plural form the language does not have is refused (Swedish has no 'two')", () => {
    assert.equal(
      translationProblem('{count, plural, one {#} two {#} other {#}}', AHEAD, 'sv'),
      '"two" is not a plural form of Svenska (it has one, other)',
    );
  });
});

describe('the translation CSV', () => {
  const header = ['key', 'English', 'العربية (ar)'];

  test('export: every visitor key once, with its English and the text shown now (the override first)', () => {
    const text = translationCsv('ar', CATALOGUES.ar.messages, { 'kiosk.title': 'خذ رقمًا' });
    const [head, ...rows] = parseCsv(text).map((r) => r.cells);
    assert.deepEqual(head, header);
    assert.deepEqual(rows.map((r) => r[0]), VISITOR_KEYS);
    assert.deepEqual(rows.find((r) => r[0] === 'kiosk.title'), ['kiosk.title', 'Take a queue ticket', 'خذ رقمًا']);
    assert.deepEqual(rows.find((r) => r[0] === 'kiosk.yourNumber'), ['kiosk.yourNumber', en['kiosk.yourNumber'], CATALOGUES.ar.messages['kiosk.yourNumber']]);
  });

  test('import: a changed text overrides; an empty cell or the shipped text means no override; unlisted keys are not named', () => {
    const csv = toCsv(header, [
      ['kiosk.title', 'Take a queue ticket', 'خذ رقمًا'],
      ['kiosk.yourNumber', '', ''],
      ['kiosk.printed', '', CATALOGUES.ar.messages['kiosk.printed']!],
    ]);
    const read = readTranslationCsv('ar', csv, CATALOGUES.ar.messages);
    assert.ok(read.ok);
    assert.deepEqual([...read.changes], [['kiosk.title', 'خذ رقمًا'], ['kiosk.yourNumber', null], ['kiosk.printed', null]]);
  });

  test('a file with bad lines is refused whole, each problem with its line', () => {
    const csv = toCsv(header, [
      ['kiosk.title', '', 'خذ رقمًا'],
      ['kiosk.nonsense', '', 'x'],
      ['admin.title', '', 'x'],
      ['kiosk.ahead', AHEAD, '{n, plural, one {#} other {#}}'],
      ['kiosk.done', '', '{oops'],
      ['kiosk.title', '', 'مرة أخرى'],
    ]);
    const read = readTranslationCsv('ar', csv, CATALOGUES.ar.messages);
    assert.ok(!read.ok);
    assert.deepEqual(
      read.problems.map((p) => [p.line, p.message.split(' ')[0]]),
      [
        [3, 'unknown'],
        [4, '"admin.title"'],
        [5, 'kiosk.ahead:'],
        [6, 'kiosk.done:'],
        [7, '"kiosk.title"'],
      ],
    );
  });

  test("the header must be ours and name this file's language", () => {
    const refused = (csv: string) => {
      const read = readTranslationCsv('ar', csv, CATALOGUES.ar.messages);
      return read.ok ? null : read.problems[0];
    };
    assert.deepEqual(refused(toCsv(['key', 'English', 'فارسی (fa)'], [])), { line: 1, message: 'this file is for "فارسی (fa)", not العربية (ar)' });
    assert.equal(refused(toCsv(['id', 'text'], []))?.line, 1);
    assert.equal(refused('')?.line, 1);
    assert.equal(refused(toCsv(['key', 'English', 'ar'], [])), null, 'the bare code will do');
  });
});
