// Paired screens: register a kiosk, wall display or survey screen and read its pairing code off this page onto the
// device; see which screens are waiting, paired (and when last seen) or revoked; revoke one, or give it a new code.
// The list follows the staff event stream, so a screen being paired shows up here as it happens.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Device, type PairingCode } from '../../common/schemas/auth.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useStaffEvents } from '../../ui/useStaffEvents.ts';
import { upsertById } from '../upsertById.ts';
import { DeviceTable } from './DeviceTable.tsx';
import { PairingCodePanel } from './PairingCodePanel.tsx';
import { RegisterDeviceForm } from './RegisterDeviceForm.tsx';

export function DevicesAdmin() {
  const { t } = useI18n();
  const [devices, setDevices] = useState<Device[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [pairing, setPairing] = useState<PairingCode | null>(null);
  const load = () => void apiGet('/api/devices', z.array(Device)).then(setDevices, setLoadError);
  useEffect(load, []);
  const put = (device: Device) => setDevices((current) => current && upsertById(current, device));
  useStaffEvents((event) => {
    if (event.type === 'device.registered' || event.type === 'device.paired' || event.type === 'device.revoked') put(event.device);
  }, load);
  const issued = (code: PairingCode) => {
    put(code.device);
    setPairing(code);
  };

  if (loadError !== null) return <Notice kind="error">{errorText(loadError, t)}</Notice>;
  return (
    <>
      <RegisterDeviceForm onRegistered={issued} />
      {pairing && <PairingCodePanel key={pairing.pairingCode} pairing={pairing} />}
      {devices === null ? <p>{t('common.loading')}</p> : <DeviceTable devices={devices} onChanged={put} onPairingCode={issued} />}
    </>
  );
}
