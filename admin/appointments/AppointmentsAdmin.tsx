// Booked visits as staff handle them: pick a day, book (the code is shown large), see that day's bookings and their
// state, cancel one. The list follows the staff event stream, so a kiosk check-in shows up without reloading.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Appointment } from '../../common/schemas/appointments.ts';
import type { Service } from '../../common/schemas/services.ts';
import { apiGet, apiPost } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useStaffEvents } from '../../ui/useStaffEvents.ts';
import { centreDate } from '../../ui/clockTime.ts';
import { AppointmentList } from './AppointmentList.tsx';
import { BookingForm } from './BookingForm.tsx';


export function AppointmentsAdmin({ services }: { services: Service[] }) {
  const { t, fmt } = useI18n();
  const [day, setDay] = useState(() => centreDate(Date.now(), fmt.timeZone));
  const [appointments, setAppointments] = useState<Appointment[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState<string | null>(null);

  const load = useCallback(() => {
    apiGet(`/api/appointments?${new URLSearchParams({ day })}`, z.array(Appointment)).then(setAppointments, (e: Error) => setError(e.message));
  }, [day]);
  useEffect(load, [load]);
  useStaffEvents((event) => {
    if (event.type.startsWith('appointment.')) load();
  }, load);

  const cancel = async (appointment: Appointment) => {
    setBusy(true);
    setError(null);
    setCancelled(null);
    try {
      await apiPost(`/api/appointments/${appointment.id}/cancel`, {}, Appointment);
      setCancelled(appointment.code);
      load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div class="admin__form">
        <div class="admin__field">
          <label for="booking-day">{t('appointment.day')}</label>
          <input id="booking-day" type="date" required value={day} onChange={(e) => e.currentTarget.value && setDay(e.currentTarget.value)} />
        </div>
      </div>
      <BookingForm services={services} day={day} onBooked={load} />
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {cancelled !== null && <Notice>{t('appointment.cancelled', { code: cancelled })}</Notice>}
      {appointments === null ? <p>{t('common.loading')}</p> : <AppointmentList day={day} appointments={appointments} services={services} busy={busy} onCancel={cancel} />}
    </>
  );
}
