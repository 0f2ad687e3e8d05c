// A kiosk, wall display or survey screen that is not paired yet: the administrator registers it under Admin →
// Devices and types the code shown there, here, once. The hub then sets the device's cookie and the screen starts.
import { useState } from 'preact/hooks';
import { Paired } from '../../common/schemas/auth.ts';
import { apiPost } from '../apiClient.ts';
import { useI18n } from '../i18n.tsx';
import { Notice } from '../Notice.tsx';
import { OnScreenKeyboard } from '../OnScreenKeyboard.tsx';
import { CODE_LAYOUT } from '../../common/i18n/keyboardLayouts.ts';
import { useAttempt } from '../useAttempt.ts';
import { authErrorText } from './authErrorText.ts';

/** "ABCD-EFGH" with room for stray spaces; the hub has the final word. */
const CODE_MAX_LENGTH = 20;

export function PairingForm({ touch, onPaired }: { touch: boolean; onPaired: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [code, setCode] = useState('');
  const { busy, error, attempt } = useAttempt();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (await attempt(() => apiPost('/api/devices/pair', { pairingCode: code.trim() }, Paired))) onPaired();
    else setCode('');
  };

  return (
    <form class="auth-form" onSubmit={submit}>
      <p>{t('auth.pair.explain')}</p>
      <label for="pairing-code">{t('auth.pair.code')}</label>
      <input
        id="pairing-code"
        class="auth-form__code"
        dir="ltr"
        value={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellcheck={false}
        maxLength={CODE_MAX_LENGTH}
        onInput={(event) => setCode(event.currentTarget.value.toUpperCase())}
      />
      {error !== null && <Notice kind="error">{authErrorText(error, 'auth.pair.refused', i18n)}</Notice>}
      {touch && <OnScreenKeyboard value={code} onChange={setCode} label={t('auth.pair.keyboard')} layout={CODE_LAYOUT} maxLength={CODE_MAX_LENGTH} />}
      <button type="submit" class="auth-form__submit" disabled={busy || code.trim() === ''}>
        {t('auth.pair.submit')}
      </button>
    </form>
  );
}
