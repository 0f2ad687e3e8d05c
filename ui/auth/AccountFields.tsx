// The fields of an account being made (the first administrator, a new account, a new password): each with its rule
// said beside it, and the browser told these are new credentials, not saved ones to fill in.
import { PASSWORD_MIN_LENGTH } from '../../common/schemas/auth.ts';
import { useI18n } from '../i18n.tsx';

interface Props {
  id: string;
  value: string;
  onInput: (value: string) => void;
}

export function NewUsernameInput({ id, value, onInput }: Props) {
  const { t } = useI18n();
  return (
    <>
      <label for={id}>{t('auth.username')}</label>
      <input id={id} required autoComplete="off" aria-describedby={`${id}-hint`} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      <span id={`${id}-hint`} class="field-hint">
        {t('auth.usernameHint')}
      </span>
    </>
  );
}

export function NewPasswordInput({ id, label, value, onInput }: Props & { label: string }) {
  const { t } = useI18n();
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} type="password" required autoComplete="new-password" aria-describedby={`${id}-hint`} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      <span id={`${id}-hint`} class="field-hint">
        {t('auth.passwordHint', { min: PASSWORD_MIN_LENGTH })}
      </span>
    </>
  );
}
