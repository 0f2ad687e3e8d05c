// The silent alarm as the other desks and the admin screen see it: an alert that stays until dismissed.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n.tsx';
import { useStaffEvents } from './useStaffEvents.ts';

interface Alarm {
  seq: number;
  deskName: string;
  at: string;
}

/** ownDeskId: the desk that raised an alarm is not alarmed by its own button. */
export function AlarmBanner({ ownDeskId }: { ownDeskId?: number }) {
  const { t, fmt } = useI18n();
  const [alarms, setAlarms] = useState<Alarm[]>([]);
  useStaffEvents((event) => {
    if (event.type === 'desk.alarm' && event.desk.id !== ownDeskId) {
      setAlarms((current) => [...current, { seq: event.seq, deskName: event.desk.name, at: event.at }]);
    }
  });
  if (alarms.length === 0) return null;
  return (
    <div class="alarm-banner" role="alert">
      {alarms.map((alarm) => (
        <p key={alarm.seq} class="alarm-banner__item">
          <span>{t('desk.alarmFrom', { desk: alarm.deskName, time: fmt.time(alarm.at) })}</span>
          <button type="button" class="secondary" onClick={() => setAlarms((current) => current.filter((a) => a.seq !== alarm.seq))}>
            {t('desk.dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
