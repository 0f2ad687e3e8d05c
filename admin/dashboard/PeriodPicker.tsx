// The period a manager looks at: two dates, the last four weeks by the centre's clock to begin with. The hub's
// dashboard and the central service's picture use the same picker, so a period means the same on both.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { daysBefore } from '../../common/time/zone.ts';
import { centreDate } from '../../ui/clockTime.ts';
import { useI18n } from '../../ui/i18n.tsx';

export function usePeriod() {
  const { fmt } = useI18n();
  const today = centreDate(Date.now(), fmt.timeZone);
  const [from, setFrom] = useState(() => daysBefore(today, 27));
  const [to, setTo] = useState(today);
  return { from, to, setFrom, setTo };
}

interface Props {
  period: ReturnType<typeof usePeriod>;
  /** Beside the dates: what the period can be taken away as. */
  children?: ComponentChildren;
}

export function PeriodPicker({ period: { from, to, setFrom, setTo }, children }: Props) {
  const { t } = useI18n();
  return (
    <div class="admin__form">
      <div class="admin__field">
        <label for="period-from">{t('dashboard.from')}</label>
        <input id="period-from" type="date" value={from} max={to} onChange={(e) => e.currentTarget.value && setFrom(e.currentTarget.value)} />
      </div>
      <div class="admin__field">
        <label for="period-to">{t('dashboard.to')}</label>
        <input id="period-to" type="date" value={to} min={from} onChange={(e) => e.currentTarget.value && setTo(e.currentTarget.value)} />
      </div>
      {children}
    </div>
  );
}
