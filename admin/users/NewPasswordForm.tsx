// A new password for someone who forgot theirs (or whose password may have been seen): the administrator sets it
// and tells them.
import { useState } from 'preact/hooks';
import { User } from '../../common/schemas/auth.ts';
import { apiPost } from '../../ui/apiClient.ts';
import { NewPasswordInput } from '../../ui/auth/AccountFields.tsx';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAttempt } from '../../ui/useAttempt.ts';

export function NewPasswordForm({ users }: { users: User[] }) {
  const { t } = useI18n();
  const [userId, setUserId] = useState(users[0]!.id);
  const [password, setPassword] = useState('');
  const [setFor, setSetFor] = useState<string | null>(null);
  const { busy, error, attempt } = useAttempt();

  const submit = async (event: Event) => {
    event.preventDefault();
    setSetFor(null);
    if (!(await attempt(() => apiPost(`/api/users/${userId}`, { password }, User)))) return;
    setSetFor(users.find((u) => u.id === userId)?.username ?? '');
    setPassword('');
  };

  return (
    <section class="admin__section" aria-labelledby="new-password-heading">
      <h2 id="new-password-heading">{t('users.newPassword')}</h2>
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="new-password-user">{t('auth.username')}</label>
          <select id="new-password-user" value={userId} onChange={(e) => setUserId(Number(e.currentTarget.value))}>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.username}
              </option>
            ))}
          </select>
        </div>
        <div class="admin__field">
          <NewPasswordInput id="new-password" label={t('users.newPasswordField')} value={password} onInput={setPassword} />
        </div>
        <button type="submit" disabled={busy}>
          {t('users.setPassword')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
      {setFor !== null && <Notice>{t('users.passwordSet', { name: setFor })}</Notice>}
    </section>
  );
}
