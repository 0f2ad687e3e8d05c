// Every error code the hub can answer has the screens' own text in every catalogue, so a Swedish screen never shows
// the hub's English sentence for a refusal it knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES } from '../../common/schemas/errorCodes.ts';
import { en } from '../../common/i18n/en.ts';
import { sv } from '../../common/i18n/sv.ts';
import { t } from '../../common/i18n/translate.ts';
import { errorKey, errorText } from '../../ui/errorText.ts';
import { ApiError } from '../../ui/apiClient.ts';

test('every error code has a text in sv and en', () => {
  for (const code of ERROR_CODES) {
    for (const [language, catalogue] of [['sv', sv], ['en', en]] as const) {
      const text = (catalogue as Record<string, string | undefined>)[errorKey(code)];
      assert.ok(text && text.trim().length > 0, `${language} has no text for ${code}`);
    }
    assert.notEqual(sv[errorKey(code)], en[errorKey(code)], `${code} is translated into Swedish`);
  }
});

test("a screen shows its own words for a code, a reason it expects first, and the hub's sentence for a code it does not know", () => {
  const say = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t('sv', key, params);
  const refused = new ApiError('there is no visitor at desk 3', 409, 'no-visitor-at-desk');
  assert.equal(errorText(refused, say), 'Det finns ingen besökare vid disken.');
  assert.equal(errorText(new ApiError('taken', 409, 'username-taken'), say, { 409: 'users.taken' }), t('sv', 'users.taken'));
  assert.equal(errorText(new ApiError('a newer refusal', 409, 'some-future-code'), say), 'Fel: a newer refusal');
  assert.equal(errorText(new ApiError('Failed to fetch', 0), say), 'Fel: Failed to fetch');
});
