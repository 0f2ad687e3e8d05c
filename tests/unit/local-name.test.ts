// Which name a screen shows and in which language it is marked: the translation where one was given, else the
// default name marked as the centre's name language; and the survey's questions, shipped or the administrator's own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { localName } from '../../common/i18n/localName.ts';
import { questionText } from '../../main/survey/surveyConfig.ts';

describe('localName', () => {
  const service = { name: 'Bygglov', names: { ar: 'تراخيص البناء', en: 'Building permits' } };

  test('the translation in the screen language, in that language', () => {
    assert.deepEqual(localName(service, 'ar'), { text: 'تراخيص البناء', lang: 'ar' });
    assert.deepEqual(localName(service, 'en'), { text: 'Building permits', lang: 'en' });
  });

  test('no translation: the default name, marked as the name language (Swedish unless the centre set another)', () => {
    assert.deepEqual(localName(service, 'fa'), { text: 'Bygglov', lang: 'sv' });
    assert.deepEqual(localName({ name: 'Housing' }, 'ar', 'en'), { text: 'Housing', lang: 'en' });
    assert.deepEqual(localName({ name: 'Housing', names: { ar: '' } }, 'ar', 'en'), { text: 'Housing', lang: 'en' }, 'an empty translation is none');
  });

  test('a screen in the name language shows the default name even where a translation for it exists', () => {
    assert.deepEqual(localName({ name: 'Bygglov', names: { sv: 'Bygglov (gammal)' } }, 'sv'), { text: 'Bygglov', lang: 'sv' });
  });
});

describe('survey question wording', () => {
  test('the product question is asked in every language in its shipped translation, an own text of a language in its place', () => {
    assert.deepEqual(questionText(2, {}, 'ti', 'sv'), { text: 'ግዜ ምጽባይ ከመይ ነይሩ?', lang: 'ti' });
    assert.deepEqual(questionText(2, { ar: 'كم انتظرت؟' }, 'ar', 'sv'), { text: 'كم انتظرت؟', lang: 'ar' });
    assert.deepEqual(questionText(2, { sv: 'Hur upplevde du väntetiden?', ar: 'كم انتظرت؟' }, 'fa', 'sv').lang, 'fa', 'Swedish as shipped: still the product question');
  });

  test('a reworded question is the administrator’s own: untranslated, it is asked in its default wording, marked', () => {
    const own = { sv: 'Fick du parkera?', en: 'Could you park?', ar: 'هل وجدت موقفا؟' };
    assert.deepEqual(questionText(5, own, 'ar', 'sv'), { text: 'هل وجدت موقفا؟', lang: 'ar' });
    assert.deepEqual(questionText(5, own, 'fa', 'sv'), { text: 'Fick du parkera?', lang: 'sv' });
    assert.deepEqual(questionText(5, own, 'so', 'en'), { text: 'Could you park?', lang: 'en' });
    assert.deepEqual(questionText(5, own, 'so', 'fi'), { text: 'Fick du parkera?', lang: 'sv' }, 'a name language without a wording: the staff language nearest it');
  });
});
