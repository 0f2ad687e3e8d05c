// "Signed in as Anna" and the way out, in the header of the desk and admin screens when a person signed in.
import { useI18n } from '../i18n.tsx';
import { useSignedIn } from './signedIn.ts';

export function SignedInAs() {
  const { t } = useI18n();
  const signedIn = useSignedIn();
  if (!signedIn) return null;
  return (
    <div class="signed-in">
      <span>{t('auth.signedInAs', { name: signedIn.username })}</span>
      <button type="button" class="secondary" onClick={() => void signedIn.logOut()}>
        {t('auth.logOut')}
      </button>
    </div>
  );
}
