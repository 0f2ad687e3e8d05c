// Every account with its role and state, and the two changes made with one button: the other role, and disabling or
// enabling. The hub refuses a change that would leave no active administrator, and the reason is shown here.
import { User, type UserRole } from '../../common/schemas/auth.ts';
import { apiPost } from '../../ui/apiClient.ts';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAttempt } from '../../ui/useAttempt.ts';

const otherRole: Record<UserRole, UserRole> = { admin: 'staff', staff: 'admin' };

export function UserTable({ users, onChanged }: { users: User[]; onChanged: (user: User) => void }) {
  const { t } = useI18n();
  const { busy, error, attempt } = useAttempt();
  const change = (user: User, body: { role: UserRole } | { disabled: boolean }) =>
    attempt(async () => {
      const { data } = await apiPost(`/api/users/${user.id}`, body, User);
      if (data) onChanged(data);
    });

  return (
    <section class="admin__section" aria-labelledby="users-heading">
      <h2 id="users-heading">{t('users.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('auth.username')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.state')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.username}</th>
              <td>{t(`users.role.${user.role}`)}</td>
              <td>{t(user.disabled ? 'users.disabled' : 'users.active')}</td>
              <td>
                <div class="admin__actions">
                  <button type="button" class="secondary" disabled={busy} onClick={() => change(user, { role: otherRole[user.role] })}>
                    {t(`users.makeRole.${otherRole[user.role]}`, { name: user.username })}
                  </button>
                  <button type="button" class="secondary" disabled={busy} onClick={() => change(user, { disabled: !user.disabled })}>
                    {t(user.disabled ? 'users.enable' : 'users.disable', { name: user.username })}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {error !== null && <Notice kind="error">{errorText(error, t, { 409: 'users.lastAdmin' })}</Notice>}
    </section>
  );
}
