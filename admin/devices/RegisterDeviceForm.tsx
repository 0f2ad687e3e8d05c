// A new screen: what it is (kiosk, display, survey) and a name to tell it apart ("Kiosk by the entrance").
import { useState } from 'preact/hooks';
import { DEVICE_ROLES, PairingCode, type DeviceRole } from '../../common/schemas/auth.ts';
import { apiPost } from '../../ui/apiClient.ts';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAttempt } from '../../ui/useAttempt.ts';

export function RegisterDeviceForm({ onRegistered }: { onRegistered: (code: PairingCode) => void }) {
  const { t } = useI18n();
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [name, setName] = useState('');
  const { busy, error, attempt } = useAttempt();

  const submit = async (event: Event) => {
    event.preventDefault();
    const done = await attempt(async () => {
      const { data } = await apiPost('/api/devices', { role, name }, PairingCode);
      if (data) onRegistered(data);
    });
    if (done) setName('');
  };

  return (
    <section class="admin__section" aria-labelledby="register-device-heading">
      <h2 id="register-device-heading">{t('devices.register')}</h2>
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="device-role">{t('devices.role')}</label>
          <select id="device-role" value={role} onChange={(e) => setRole(e.currentTarget.value as DeviceRole)}>
            {DEVICE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`devices.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="admin__field">
          <label for="device-name">{t('admin.name')}</label>
          <input id="device-name" required maxLength={60} aria-describedby="device-name-hint" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          <span id="device-name-hint" class="field-hint">
            {t('devices.nameHint')}
          </span>
        </div>
        <button type="submit" disabled={busy}>
          {t('devices.registerSubmit')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
    </section>
  );
}
