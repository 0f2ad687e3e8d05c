// A new account: the username and first password the administrator hands over, and the role.
import { useState } from 'preact/hooks';
import { User, USER_ROLES, type UserRole } from '../../common/schemas/auth.ts';
import { apiPost } from '../../ui/apiClient.ts';
import { NewPasswordInput, NewUsernameInput } from '../../ui/auth/AccountFields.tsx';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAttempt } from '../../ui/useAttempt.ts';

export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserRole>('staff');
  const [created, setCreated] = useState<string | null>(null);
  const { busy, error, attempt } = useAttempt();

  const submit = async (event: Event) => {
    event.preventDefault();
    setCreated(null);
    const done = await attempt(async () => {
      const { data } = await apiPost('/api/users', { username, password, role }, User);
      if (data) onCreated(data);
    });
    if (!done) return;
    setCreated(username);
    setUsername('');
    setPassword('');
  };

  return (
    <section class="admin__section" aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t('users.create')}</h2>
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <NewUsernameInput id="new-user-name" value={username} onInput={setUsername} />
        </div>
        <div class="admin__field">
          <NewPasswordInput id="new-user-password" label={t('auth.password')} value={password} onInput={setPassword} />
        </div>
        <div class="admin__field">
          <label for="new-user-role">{t('users.role')}</label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.currentTarget.value as UserRole)}>
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`users.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {t('users.createSubmit')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{errorText(error, t, { 409: 'users.taken' })}</Notice>}
      {created !== null && <Notice>{t('users.created', { name: created })}</Notice>}
    </section>
  );
}
