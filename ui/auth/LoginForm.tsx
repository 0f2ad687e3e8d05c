// Staff and administrators sign in with their username and password; the hub answers with a session cookie.
import { useState } from 'preact/hooks';
import { apiPost } from '../apiClient.ts';
import { useI18n } from '../i18n.tsx';
import { Notice } from '../Notice.tsx';
import { useAttempt } from '../useAttempt.ts';
import { authErrorText } from './authErrorText.ts';
import { SignedIn } from '../../common/schemas/auth.ts';

export function LoginForm({ setupNeeded, onSignedIn }: { setupNeeded: boolean; onSignedIn: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, attempt } = useAttempt();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (await attempt(() => apiPost('/api/auth/login', { username, password }, SignedIn))) onSignedIn();
    else setPassword('');
  };

  return (
    <form class="auth-form" onSubmit={submit}>
      {setupNeeded && (
        <Notice>
          {t('auth.login.noAccounts')} <a href="/admin">{t('auth.login.toSetup')}</a>
        </Notice>
      )}
      <label for="login-username">{t('auth.username')}</label>
      <input id="login-username" required autoComplete="username" value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
      <label for="login-password">{t('auth.password')}</label>
      <input id="login-password" type="password" required autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      {error !== null && <Notice kind="error">{authErrorText(error, 'auth.login.refused', i18n)}</Notice>}
      <button type="submit" class="auth-form__submit" disabled={busy}>
        {t('auth.login.submit')}
      </button>
    </form>
  );
}
