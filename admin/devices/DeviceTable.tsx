// Every registered screen with its state, a new pairing code for any of them, and revoking one after a question:
// a revoked kiosk stops taking tickets at once, so a slip of the hand must not do it.
import { useState } from 'preact/hooks';
import { Device, PairingCode } from '../../common/schemas/auth.ts';
import { apiPost } from '../../ui/apiClient.ts';
import { ConfirmQuestion } from '../../ui/ConfirmQuestion.tsx';
import { errorText } from '../../ui/errorText.ts';
import { useI18n, type I18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useNow } from '../../ui/timers.ts';
import { useAttempt } from '../../ui/useAttempt.ts';
import { deviceState } from './deviceState.ts';

/** Often enough that a code running out shows within the minute. */
const STATE_REFRESH_MS = 30_000;

interface Props {
  devices: Device[];
  onChanged: (device: Device) => void;
  onPairingCode: (code: PairingCode) => void;
}

function stateText(device: Device, now: number, { t, fmt }: Pick<I18n, 't' | 'fmt'>): string {
  switch (deviceState(device, now)) {
    case 'revoked':
      return t('devices.state.revoked', { when: fmt.dayAndTime(device.revokedAt!) });
    case 'waiting':
      return t('devices.state.waiting', { time: fmt.time(device.pairingExpiresAt!) });
    case 'code-expired':
      return t('devices.state.codeExpired');
    case 'paired': {
      const seen = device.lastSeenAt ?? device.pairedAt!;
      return t('devices.state.paired', { when: fmt.dayAndTime(seen) });
    }
  }
}

export function DeviceTable({ devices, onChanged, onPairingCode }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useNow(STATE_REFRESH_MS);
  const [confirming, setConfirming] = useState<number | null>(null);
  const { busy, error, attempt } = useAttempt();

  const newCode = (device: Device) =>
    attempt(async () => {
      const { data } = await apiPost(`/api/devices/${device.id}/pairing-code`, {}, PairingCode);
      if (data) onPairingCode(data);
    });
  const revoke = (device: Device) =>
    attempt(async () => {
      setConfirming(null);
      const { data } = await apiPost(`/api/devices/${device.id}/revoke`, {}, Device);
      if (data) onChanged(data);
    });

  return (
    <section class="admin__section" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('devices.title')}</h2>
      {devices.length === 0 ? (
        <p>{t('devices.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('devices.role')}</th>
              <th scope="col">{t('devices.state')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.id}>
                <th scope="row">{device.name}</th>
                <td>{t(`devices.role.${device.role}`)}</td>
                <td>{stateText(device, now, i18n)}</td>
                <td>
                  {confirming === device.id ? (
                    <ConfirmQuestion
                      id={`revoke-question-${device.id}`}
                      question={t('devices.revokeConfirm', { name: device.name })}
                      yes={t('devices.revokeYes')}
                      no={t('devices.cancel')}
                      onYes={() => void revoke(device)}
                      onNo={() => setConfirming(null)}
                    />
                  ) : (
                    <div class="admin__actions">
                      <button type="button" class="secondary" disabled={busy} onClick={() => void newCode(device)}>
                        {t('devices.newCode', { name: device.name })}
                      </button>
                      {device.revokedAt === null && (
                        <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(device.id)}>
                          {t('devices.revoke', { name: device.name })}
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
    </section>
  );
}
