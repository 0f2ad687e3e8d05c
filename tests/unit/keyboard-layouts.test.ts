// Every letter of each visitor language can be typed on the on-screen keyboard, and codes stay Latin. The alphabets
// here are written out independently of the layouts, from each language's own alphabet.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CODE_LAYOUT, textLayout, type KeyboardLayout } from '../../common/i18n/keyboardLayouts.ts';
import { LANGUAGE_CODES, type LanguageCode } from '../../common/i18n/languages.ts';
import { READABLE_CODE_ALPHABET } from '../../common/readableCode.ts';

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const TIGRINYA_SYLLABLES =
  'ሀሁሂሃሄህሆ ለሉሊላሌልሎ ሐሑሒሓሔሕሖ መሙሚማሜምሞ ረሩሪራሬርሮ ሰሱሲሳሴስሶ ሸሹሺሻሼሽሾ ቀቁቂቃቄቅቆ ቐቑቒቓቔቕቖ በቡቢባቤብቦ ቨቩቪቫቬቭቮ ' +
  'ተቱቲታቴትቶ ቸቹቺቻቼችቾ ነኑኒናኔንኖ ኘኙኚኛኜኝኞ አኡኢኣኤእኦ ከኩኪካኬክኮ ኸኹኺኻኼኽኾ ወዉዊዋዌውዎ ዐዑዒዓዔዕዖ ዘዙዚዛዜዝዞ ዠዡዢዣዤዥዦ ' +
  'የዩዪያዬይዮ ደዱዲዳዴድዶ ጀጁጂጃጄጅጆ ገጉጊጋጌግጎ ጠጡጢጣጤጥጦ ጨጩጪጫጬጭጮ ጰጱጲጳጴጵጶ ጸጹጺጻጼጽጾ ፀፁፂፃፄፅፆ ፈፉፊፋፌፍፎ ፐፑፒፓፔፕፖ ' +
  'ቈቊቋቌቍ ቘቚቛቜቝ ኰኲኳኴኵ ዀዂዃዄዅ ጐጒጓጔጕ ሏሟሯሷሿቧቷቿኗኟዟዧዷጇጧጯጷጿፏ';

const ALPHABETS: Record<LanguageCode, string> = {
  sv: `${LATIN}åäö`,
  fi: `${LATIN}åäö`,
  en: LATIN,
  so: `${LATIN}'`,
  pl: `${LATIN}ąćęłńóśźż`,
  bs: `${LATIN}čćđšž`,
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяʼ',
  ar: 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة',
  fa: 'اآبپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءأؤئ',
  ti: TIGRINYA_SYLLABLES.replaceAll(' ', ''),
};

/** What a visitor can type with the layout: every key, every form a key's picker offers, and their capitals. */
function typeable(layout: KeyboardLayout): Set<string> {
  const found = new Set<string>();
  for (const key of layout.rows.flat()) {
    found.add(key);
    if (layout.cased) found.add(key.toLocaleUpperCase(layout.lang ?? undefined));
    for (const form of layout.forms?.[key] ?? []) found.add(form);
  }
  return found;
}

describe('on-screen keyboard layouts', () => {
  for (const lang of LANGUAGE_CODES) {
    test(`every letter of ${lang} can be typed, capitals too where the script has them`, () => {
      const layout = textLayout(lang);
      const reachable = typeable(layout);
      const letters = [...ALPHABETS[lang]];
      const missing = letters.filter((letter) => !reachable.has(letter));
      assert.deepEqual(missing, []);
      if (layout.cased) assert.deepEqual(letters.filter((l) => l.toLocaleUpperCase(lang) !== l && !reachable.has(l.toLocaleUpperCase(lang))), []);
      assert.equal(layout.lang, lang);
    });
  }

  test('Persian has its own ک and ی, Arabic its ك and ي: neither keyboard types the other language', () => {
    const persian = typeable(textLayout('fa'));
    const arabic = typeable(textLayout('ar'));
    assert.ok(!persian.has('ك') && !persian.has('ي'));
    assert.ok(!arabic.has('ک') && !arabic.has('ی') && !arabic.has('پ'));
  });

  test('a Ge\'ez consonant key opens its seven vowel orders, the base form first', () => {
    assert.deepEqual(textLayout('ti').forms?.['ለ'], [...'ለሉሊላሌልሎሏ']);
    assert.deepEqual(textLayout('ti').forms?.['ቀ'], [...'ቀቁቂቃቄቅቆቈቊቋቌቍ']);
  });

  test('codes are typed in Latin capitals and digits only, and every symbol a code can have is there', () => {
    const keys = CODE_LAYOUT.rows.flat();
    assert.deepEqual(keys.filter((key) => !/^[A-Z0-9]$/.test(key)), []);
    assert.deepEqual([...READABLE_CODE_ALPHABET].filter((symbol) => !keys.includes(symbol)), []);
    assert.equal(CODE_LAYOUT.cased, false);
  });

  test('no row is wider than twelve keys, so each key keeps its 48 px on a 1080 px wide screen', () => {
    for (const layout of [CODE_LAYOUT, ...LANGUAGE_CODES.map(textLayout)]) {
      for (const row of layout.rows) assert.ok(row.length <= 12, `${layout.lang}: ${row.join('')}`);
      for (const forms of Object.values(layout.forms ?? {})) assert.ok(forms.length <= 12);
    }
  });
});
