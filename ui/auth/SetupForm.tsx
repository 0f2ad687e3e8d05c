// The first start: no account exists, so whoever can read the setup code the hub printed creates the first
// administrator. The password is asked twice, as nobody can reset it yet.
import { useState } from 'preact/hooks';
import { apiPost, ApiError } from '../apiClient.ts';
import { useI18n } from '../i18n.tsx';
import { Notice } from '../Notice.tsx';
import { useAttempt } from '../useAttempt.ts';
import { NewPasswordInput, NewUsernameInput } from './AccountFields.tsx';
import { authErrorText } from './authErrorText.ts';
import { SignedIn } from '../../common/schemas/auth.ts';

export function SetupForm({ onDone }: { onDone: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [setupCode, setSetupCode] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const { busy, error, attempt, clearError } = useAttempt();

  const submit = async (event: Event) => {
    event.preventDefault();
    clearError();
    setMismatch(password !== repeated);
    if (password !== repeated) return;
    const done = await attempt(async () => {
      try {
        await apiPost('/api/auth/setup', { setupCode: setupCode.trim(), username, password }, SignedIn);
      } catch (failure) {
        // Someone created the first account meanwhile: the gate asks for a login instead.
        if (!(failure instanceof ApiError && failure.status === 409)) throw failure;
      }
    });
    if (done) onDone();
  };

  return (
    <form class="auth-form" onSubmit={submit}>
      <p>{t('auth.setup.explain')}</p>
      <label for="setup-code">{t('auth.setup.code')}</label>
      <input id="setup-code" required autoComplete="off" spellcheck={false} value={setupCode} onInput={(e) => setSetupCode(e.currentTarget.value.toUpperCase())} />
      <NewUsernameInput id="setup-username" value={username} onInput={setUsername} />
      <NewPasswordInput id="setup-password" label={t('auth.password')} value={password} onInput={setPassword} />
      <label for="setup-repeat">{t('auth.setup.repeat')}</label>
      <input id="setup-repeat" type="password" required autoComplete="new-password" value={repeated} onInput={(e) => setRepeated(e.currentTarget.value)} />
      {mismatch && <Notice kind="error">{t('auth.setup.mismatch')}</Notice>}
      {error !== null && <Notice kind="error">{authErrorText(error, 'auth.setup.refused', i18n)}</Notice>}
      <button type="submit" class="auth-form__submit" disabled={busy}>
        {t('auth.setup.submit')}
      </button>
    </form>
  );
}
