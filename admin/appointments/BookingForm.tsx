// Booking a visit at the counter or on the phone: service, time on the chosen day, an optional name. The code comes
// back large, so staff can read it out or write it down for the visitor.
import { useState } from 'preact/hooks';
import { Appointment } from '../../common/schemas/appointments.ts';
import type { Service } from '../../common/schemas/services.ts';
import { centreInstant } from '../../ui/clockTime.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useCreate } from '../useCreate.ts';

interface Props {
  services: Service[];
  day: string;
  onBooked: (appointment: Appointment) => void;
}

export function BookingForm({ services, day, onBooked }: Props) {
  const { t, fmt } = useI18n();
  const [serviceId, setServiceId] = useState(services[0]?.id ?? 0);
  const [time, setTime] = useState('');
  const [name, setName] = useState('');
  const [booked, setBooked] = useState<Appointment | null>(null);
  const { create, error, busy } = useCreate('/api/appointments', Appointment, (appointment) => {
    setBooked(appointment);
    onBooked(appointment);
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    setBooked(null);
    // The day and time as the centre's clock reads them, wherever this PC's clock is set.
    const startsAt = centreInstant(day, time, fmt.timeZone).toISOString();
    if (await create({ serviceId, startsAt, ...(name.trim() ? { name: name.trim() } : {}) })) {
      setTime('');
      setName('');
    }
  };

  return (
    <section class="admin__section" aria-labelledby="book-heading">
      <h2 id="book-heading">{t('appointment.book')}</h2>
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="booking-service">{t('appointment.service')}</label>
          <select id="booking-service" value={serviceId} onChange={(e) => setServiceId(Number(e.currentTarget.value))}>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </select>
        </div>
        <div class="admin__field">
          <label for="booking-time">{t('appointment.time')}</label>
          <input id="booking-time" type="time" required value={time} onInput={(e) => setTime(e.currentTarget.value)} />
        </div>
        <div class="admin__field">
          <label for="booking-name">{t('appointment.name')}</label>
          <input id="booking-name" maxLength={80} autoComplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        <button type="submit" disabled={busy || services.length === 0}>
          {t('appointment.submit')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {booked !== null && (
        <div class="booking-code" role="status">
          <p>
            {t('appointment.created', {
              service: services.find((s) => s.id === booked.serviceId)?.name ?? '',
              day,
              time: fmt.time(booked.startsAt),
            })}
          </p>
          <p class="booking-code__code">{booked.code}</p>
        </div>
      )}
    </section>
  );
}
