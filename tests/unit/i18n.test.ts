import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CATALOGUES, t } from '../../common/i18n/translate.ts';
import { en } from '../../common/i18n/en.ts';
import { parseMessage } from '../../common/i18n/messageFormat.ts';
import { translationProblem } from '../../common/i18n/messageCheck.ts';
import { formats } from '../../common/i18n/format.ts';
import { CATALOGUE_CODES, LANGUAGES, languageInfo, type CatalogueCode } from '../../common/i18n/languages.ts';
import { isVisitorKey, VISITOR_KEYS } from '../../common/i18n/visitorKeys.ts';
import { planAnnouncement } from '../../common/announcement/plan.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** The CLDR forms (not the exact =n cases) of each plural in an ICU message, sorted. */
function pluralOptionsOf(source: string): string[][] {
  const found: string[][] = [];
  const walk = (elements: unknown[]): void => {
    for (const element of elements as { type: number; pluralType?: string; options?: Record<string, { value: unknown[] }> }[]) {
      if (element.type === 6 && element.pluralType === 'cardinal') found.push(Object.keys(element.options!).filter((k) => !k.startsWith('=')).sort());
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(parseMessage(source, 'en').getAst());
  return found;
}

describe('plurals follow each language’s CLDR rules', () => {
  test('English and Swedish: one person, two people', () => {
    assert.equal(t('en', 'kiosk.ahead', { count: 1 }), '1 person before you');
    assert.equal(t('en', 'kiosk.ahead', { count: 2 }), '2 people before you');
    assert.equal(t('sv', 'follow.ahead', { count: 1 }), '1 person före dig');
    assert.equal(t('sv', 'follow.ahead', { count: 2 }), '2 personer före dig');
  });

  test('numbers inside a message are written the language’s way', () => {
    assert.equal(t('sv', 'kiosk.ahead', { count: 3388 }), '3\u00a0388 personer före dig');
    assert.equal(t('en', 'kiosk.ahead', { count: 3388 }), '3,388 people before you');
  });

  test('Arabic picks each of its six forms', () => {
    const ahead = (count: number) => t('ar', 'kiosk.ahead', { count });
    assert.equal(ahead(0), 'لا أحد قبلك'); // zero
    assert.equal(ahead(1), 'شخص واحد قبلك'); // one
    assert.equal(ahead(2), 'شخصان قبلك'); // two
    assert.match(ahead(3), /أشخاص قبلك$/); // few: 3–10
    assert.match(ahead(10), /أشخاص قبلك$/);
    assert.match(ahead(11), /شخصًا قبلك$/); // many: 11–99
    assert.match(ahead(100), /^\S+ شخص قبلك$/); // other: 100–102
    assert.equal(new Set([0, 1, 2, 3, 11, 100].map(ahead)).size, 6);
  });

  test('Polish and Ukrainian pick one, few and many, Bosnian one, few and other, Finnish one and other', () => {
    assert.deepEqual([1, 2, 5, 22, 25].map((count) => t('pl', 'kiosk.ahead', { count })), [
      '1 osoba przed Tobą',
      '2 osoby przed Tobą',
      '5 osób przed Tobą',
      '22 osoby przed Tobą',
      '25 osób przed Tobą',
    ]);
    assert.deepEqual([1, 3, 5, 21].map((count) => t('uk', 'kiosk.ahead', { count })), [
      '1 особа перед Вами',
      '3 особи перед Вами',
      '5 осіб перед Вами',
      '21 особа перед Вами',
    ]);
    assert.deepEqual([1, 3, 5, 21].map((count) => t('bs', 'follow.ahead', { count })), [
      '1 osoba ispred Vas',
      '3 osobe ispred Vas',
      '5 osoba ispred Vas',
      '21 osoba ispred Vas',
    ]);
    assert.deepEqual([1, 2].map((count) => t('fi', 'follow.ahead', { count })), ['1 henkilö ennen sinua', '2 henkilöä ennen sinua']);
  });
});

describe('catalogues', () => {
  test("every message in every catalogue is valid ICU with the English placeholders: the rule a centre's correction meets", () => {
    for (const [lang, { messages }] of Object.entries(CATALOGUES)) {
      for (const [key, source] of Object.entries(messages)) {
        assert.equal(translationProblem(source, en[key as keyof typeof en], lang as CatalogueCode), null, `${lang} ${key}`);
      }
    }
  });

  test('every plural message has exactly the forms CLDR gives its language', () => {
    for (const [lang, { messages }] of Object.entries(CATALOGUES)) {
      const forms = [...new Intl.PluralRules(languageInfo(lang as 'en').locale).resolvedOptions().pluralCategories].sort();
      for (const [key, source] of Object.entries(messages)) {
        for (const options of pluralOptionsOf(source)) assert.deepEqual(options, forms, `${lang} ${key}`);
      }
    }
  });

  test('every language a centre can offer has every text the visitor screens use', () => {
    assert.ok(VISITOR_KEYS.length > 50);
    for (const lang of CATALOGUE_CODES) {
      const missing = VISITOR_KEYS.filter((key) => CATALOGUES[lang].messages[key] === undefined);
      assert.deepEqual(missing, [], `${lang} lacks visitor texts`);
    }
  });

  test('the visitor screens use no text outside the visitor keys', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    for (const screen of ['kiosk', 'survey', 'follow', 'display']) {
      for (const file of files(join(root, screen))) {
        const used = [...readFileSync(file, 'utf8').matchAll(/['`]([a-z]+\.[A-Za-z0-9.-]+)['`]/g)].map((m) => m[1]!).filter((key) => key in en);
        for (const key of used) assert.ok(isVisitorKey(key), `${file} uses ${key}, which is not a visitor text`);
      }
    }
  });

  test('a catalogue is a draft exactly where the language list says so', () => {
    for (const lang of CATALOGUE_CODES) assert.equal(CATALOGUES[lang].meta.draft, languageInfo(lang).draft, lang);
    assert.equal(languageInfo('ar').draft, true);
    assert.deepEqual(LANGUAGES.filter((l) => !l.draft).map((l) => l.code), ['sv', 'en']);
  });

  test('a draft reads English where it has no text of its own, and a language without clips is called in Swedish', () => {
    assert.equal(t('fi', 'desk.next'), 'Call next');
    assert.deepEqual(planAnnouncement({ ticketNumber: 'A1', deskName: 'Desk 2', language: 'so' }).slice(0, 2), ['chime', 'sv/word-number']);
  });
});

describe('numbers and times follow the screen’s language and the centre’s clock', () => {
  const moment = Date.parse('2026-12-01T21:06:00Z');

  test('Swedish writes 0,6 and 3 388; English 0.6 and 3,388', () => {
    const sv = formats('sv', 'Europe/Stockholm');
    const enGb = formats('en', 'Europe/Stockholm');
    assert.equal(sv.decimal(0.6), '0,6');
    assert.equal(sv.count(3388), '3\u00a0388');
    assert.equal(enGb.decimal(0.6), '0.6');
    assert.equal(enGb.count(3388), '3,388');
    assert.equal(sv.decimal(null), '–');
  });

  test('a time is the centre’s wall clock, whatever the machine’s zone', () => {
    assert.equal(formats('sv', 'Europe/Stockholm').time(moment), '22:06');
    assert.equal(formats('en', 'Europe/London').time(new Date(moment).toISOString()), '21:06');
    assert.equal(formats('sv', 'Europe/Stockholm').shortDayAndTime(moment), '2026-12-01 22:06');
    // A calendar day is that day wherever the centre is, even where UTC midnight is the evening before.
    assert.equal(formats('sv', 'America/Santiago').weekdayAndDate('2026-12-07'), 'mån 7/12');
    assert.equal(formats('en', 'Pacific/Auckland').dayAndMonth('2026-12-07'), '7 December');
  });
});
