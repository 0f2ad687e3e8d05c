// A fresh pairing code, large enough to read across the room while typing it on the device, with when it runs out
// and the address to open there. It takes the focus, so whoever asked for it from the list below is brought to it.
import { useEffect, useRef } from 'preact/hooks';
import type { PairingCode } from '../../common/schemas/auth.ts';
import { useI18n } from '../../ui/i18n.tsx';

export function PairingCodePanel({ pairing }: { pairing: PairingCode }) {
  const { t, fmt } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { device } = pairing;
  return (
    <section class="admin__section pairing-code" aria-labelledby="pairing-code-heading">
      <h2 id="pairing-code-heading" ref={heading} tabIndex={-1}>
        {t('devices.codeFor', { name: device.name })}
      </h2>
      <p class="pairing-code__code">{pairing.pairingCode}</p>
      <p>{t('devices.codeValidUntil', { time: fmt.time(pairing.expiresAt) })}</p>
      <p>
        {t('devices.openAddress')}{' '}
        <strong class="pairing-code__address">{`${window.location.origin}/${device.role}`}</strong>
      </p>
    </section>
  );
}
