// A staff member who opens the admin screen: say why it stays closed and offer the way to an administrator's login.
import { useI18n } from '../i18n.tsx';
import { Notice } from '../Notice.tsx';

export function NeedsRole({ username, onLogOut }: { username: string; onLogOut: () => void }) {
  const { t } = useI18n();
  return (
    <div class="auth-form">
      <Notice>{t('auth.needsAdmin', { name: username })}</Notice>
      <a class="button secondary" href="/desk">
        {t('auth.toDesk')}
      </a>
      <button type="button" class="auth-form__submit" onClick={onLogOut}>
        {t('auth.logOut')}
      </button>
    </div>
  );
}
