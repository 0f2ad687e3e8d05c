// One day's bookings in time order, with their state; a booking not yet checked in can be cancelled.
import type { Appointment } from '../../common/schemas/appointments.ts';
import type { Service } from '../../common/schemas/services.ts';
import { useI18n } from '../../ui/i18n.tsx';

interface Props {
  day: string;
  appointments: Appointment[];
  services: Service[];
  busy: boolean;
  onCancel: (appointment: Appointment) => void;
}

export function AppointmentList({ day, appointments, services, busy, onCancel }: Props) {
  const { t, fmt } = useI18n();
  return (
    <section class="admin__section" aria-labelledby="bookings-heading">
      <h2 id="bookings-heading">{t('appointment.list', { day })}</h2>
      {appointments.length === 0 ? (
        <p>{t('appointment.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('appointment.time')}</th>
              <th scope="col">{t('appointment.code')}</th>
              <th scope="col">{t('appointment.service')}</th>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('appointment.state')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {appointments.map((appointment) => (
              <tr key={appointment.id}>
                <td>{fmt.time(appointment.startsAt)}</td>
                <th scope="row">{appointment.code}</th>
                <td>{services.find((s) => s.id === appointment.serviceId)?.name}</td>
                <td>{appointment.name}</td>
                <td>{t(`appointment.state.${appointment.state}`)}</td>
                <td>
                  {appointment.state === 'booked' && (
                    <button type="button" class="secondary" disabled={busy} onClick={() => onCancel(appointment)}>
                      {t('appointment.cancel', { code: appointment.code })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
