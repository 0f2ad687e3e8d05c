// The on-screen keyboard's layouts (ui/OnScreenKeyboard.tsx) as plain data: one per visitor language, so a comment
// is typed in the letters of the language the screen is in, and one of Latin capitals and digits for codes (booking
// codes, ticket numbers, pairing codes), which are Latin whatever the screen's language.
//
// Rows follow the physical keyboard each script's readers know (Swedish/Finnish QWERTY with å ä ö, Bosnian QWERTZ
// with š đ č ć ž, Ukrainian ЙЦУКЕН with ґ є і ї, Arabic and Persian standard layouts), so a visitor who types finds
// the letters where they expect them. Rows are never mirrored for a right-to-left screen: an Arabic keyboard has ض at
// its left edge on paper and on every phone. Ge'ez is a syllabary of some 250 signs, too many for keys: the keyboard
// shows the 33 Tigrinya consonants and a tap opens that consonant's forms (its seven vowel orders, then its
// labialised forms), as the fidel chart people learn from is arranged; two taps per syllable, with no transliteration
// rules to know.
import type { LanguageCode } from './languages.ts';

export interface KeyboardLayout {
  /** The language of the keys' letters, for their lang attribute (a screen reader names ض in Arabic); null for codes. */
  lang: LanguageCode | null;
  /** Rows of keys from the top; each key types its text. */
  rows: readonly (readonly string[])[];
  /** Letters that have an upper case: the layout gets a Shift key that types the next letter as a capital. */
  cased: boolean;
  /** Keys that open a picker of the forms they stand for instead of typing (the Ge'ez consonants). */
  forms?: Readonly<Record<string, readonly string[]>>;
}

const keys = (row: string): readonly string[] => [...row];
const DIGITS = keys('1234567890');

/** Booking codes, ticket numbers and pairing codes: Latin capitals and digits on every screen. */
export const CODE_LAYOUT: KeyboardLayout = {
  lang: null,
  cased: false,
  rows: [DIGITS, keys('QWERTYUIOP'), keys('ASDFGHJKL'), keys('ZXCVBNM')],
};

const swedish = (lang: LanguageCode): KeyboardLayout => ({
  lang,
  cased: true,
  rows: [DIGITS, keys('qwertyuiopå'), keys('asdfghjklöä'), keys('zxcvbnm,.?!')],
});

const ENGLISH: KeyboardLayout = { lang: 'en', cased: true, rows: [DIGITS, keys('qwertyuiop'), keys('asdfghjkl'), keys('zxcvbnm,.?!')] };

// Somali writes its glottal stop with an apostrophe (ba'an), so the apostrophe has its own key.
const SOMALI: KeyboardLayout = { lang: 'so', cased: true, rows: [DIGITS, keys('qwertyuiop'), keys("asdfghjkl'"), keys('zxcvbnm,.?!')] };

// Polish typists reach ą ć ę … with AltGr; a touch keyboard has no AltGr, so they get a row of their own.
const POLISH: KeyboardLayout = { lang: 'pl', cased: true, rows: [DIGITS, keys('qwertyuiop'), keys('asdfghjkl'), keys('zxcvbnm,.?!'), keys('ąćęłńóśźż')] };

const BOSNIAN: KeyboardLayout = { lang: 'bs', cased: true, rows: [DIGITS, keys('qwertzuiopšđ'), keys('asdfghjklčćž'), keys('yxcvbnm,.?!')] };

// ʼ (U+02BC) is the Ukrainian apostrophe, a letter sign (мʼята), not a quotation mark.
const UKRAINIAN: KeyboardLayout = {
  lang: 'uk',
  cased: true,
  rows: [DIGITS, keys('йцукенгшщзхї'), keys('фівапролджє'), keys('ячсмитьбюґ'), keys('ʼ,.?!-')],
};

const ARABIC: KeyboardLayout = {
  lang: 'ar',
  cased: false,
  rows: [DIGITS, keys('ضصثقفغعهخحجد'), keys('شسيبلاتنمكط'), keys('ذئءؤرىةوزظ'), keys('أإآ،.؟!')],
};

// Persian has its own ک and ی (not Arabic ك and ي) and the letters پ چ ژ گ that Arabic lacks.
const PERSIAN: KeyboardLayout = {
  lang: 'fa',
  cased: false,
  rows: [DIGITS, keys('ضصثقفغعهخحجچ'), keys('شسیبلاتنمکگ'), keys('ظطزرذدپوژ'), keys('آءأؤئ،.؟!')],
};

/** Tigrinya's consonants in the order of its fidel chart. */
const TIGRINYA_CONSONANTS = keys('ሀለሐመረሰሸቀቐበቨተቸነኘአከኸወዐዘዠየደጀገጠጨጰጸፀፈፐ');

// Unicode keeps each consonant's seven orders in consecutive code points (ä u i a e ə o), its -wa form in the
// eighth where the consonant has one, and the labialised qʷ, qʰʷ, kʷ, xʷ, gʷ series (wä wi wa we wə) in a block
// of their own just after it.
const SEVEN_ORDERS = 7;
const LABIALISED_OFFSET = 8;
const LABIALISED_ORDERS = [0, 2, 3, 4, 5];
const LABIALISED = new Set(keys('ቀቐከኸገ'));
const WA_FORM = new Set(keys('ለሐመረሰሸበቨተቸነኘዘዠደጀጠጨጰጸፈፐ'));

function geezForms(consonant: string): readonly string[] {
  const base = consonant.codePointAt(0)!;
  const at = (offset: number) => String.fromCodePoint(base + offset);
  const forms = Array.from({ length: SEVEN_ORDERS }, (_, order) => at(order));
  if (WA_FORM.has(consonant)) forms.push(at(SEVEN_ORDERS));
  if (LABIALISED.has(consonant)) forms.push(...LABIALISED_ORDERS.map((order) => at(LABIALISED_OFFSET + order)));
  return forms;
}

// ፣ and ። are the Ethiopic comma and full stop.
const TIGRINYA: KeyboardLayout = {
  lang: 'ti',
  cased: false,
  rows: [DIGITS, TIGRINYA_CONSONANTS.slice(0, 11), TIGRINYA_CONSONANTS.slice(11, 22), TIGRINYA_CONSONANTS.slice(22), keys('፣።?!')],
  forms: Object.fromEntries(TIGRINYA_CONSONANTS.map((consonant) => [consonant, geezForms(consonant)])),
};

const TEXT_LAYOUTS: Readonly<Record<LanguageCode, KeyboardLayout>> = {
  sv: swedish('sv'),
  fi: swedish('fi'),
  en: ENGLISH,
  so: SOMALI,
  pl: POLISH,
  bs: BOSNIAN,
  uk: UKRAINIAN,
  ar: ARABIC,
  fa: PERSIAN,
  ti: TIGRINYA,
};

/** The keyboard a visitor types free text on, in the letters of the language the screen is in. */
export function textLayout(lang: LanguageCode): KeyboardLayout {
  return TEXT_LAYOUTS[lang];
}
