// Staff and administrator accounts: who can sign in, with which role; add one, change a role, set a new password,
// disable or enable. The list follows the staff event stream, so two administrators see each other's changes.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { User } from '../../common/schemas/auth.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useStaffEvents } from '../../ui/useStaffEvents.ts';
import { upsertById } from '../upsertById.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { NewPasswordForm } from './NewPasswordForm.tsx';
import { UserTable } from './UserTable.tsx';

export function UsersAdmin() {
  const { t } = useI18n();
  const [users, setUsers] = useState<User[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const load = () => void apiGet('/api/users', z.array(User)).then(setUsers, setLoadError);
  useEffect(load, []);
  const put = (user: User) => setUsers((current) => current && upsertById(current, user));
  useStaffEvents((event) => {
    if (event.type === 'user.created' || event.type === 'user.updated') put(event.user);
  }, load);

  if (loadError !== null) return <Notice kind="error">{errorText(loadError, t)}</Notice>;
  if (users === null) return <p>{t('common.loading')}</p>;
  return (
    <>
      <UserTable users={users} onChanged={put} />
      <CreateUserForm onCreated={put} />
      {users.length > 0 && <NewPasswordForm users={users} />}
    </>
  );
}
