// A booked visitor checks in at the kiosk with the code: within the check-in window the booking becomes a ticket for
// its service, in one transaction (two kiosks given the same code: one ticket). The ticket carries the booked time,
// and the waiting rule calls it before walk-ins once that time has come.
import type { HubContext } from '../context.ts';
import type { CheckInBody } from '../../common/schemas/appointments.ts';
import type { Ticket } from '../../common/schemas/tickets.ts';
import { checkInTiming } from '../../common/queue/booking.ts';
import { issue } from '../queue/issueTicket.ts';
import { conflict, notFound, Problem } from '../problems.ts';
import { appointmentRow, emitAppointment, openAppointmentByCode } from './appointments.ts';

const unknownCode = (code: string) =>
  notFound('booking-code-unknown', `there is no open booking with the code ${code}; check the code, or ask at the reception`);

export function checkIn(ctx: HubContext, body: CheckInBody, publicBase: string): Promise<Ticket> {
  const booking = openAppointmentByCode(ctx, body.code);
  if (!booking) throw unknownCode(body.code);
  const { checkInEarlyMinutes, checkInLateMinutes } = ctx.settings();
  const timing = checkInTiming(booking.starts_at, ctx.clock(), { earlyMinutes: checkInEarlyMinutes, lateMinutes: checkInLateMinutes });
  if (!timing.ok && timing.reason === 'too-early') {
    const checkInFrom = new Date(timing.opensAtMs).toISOString();
    throw new Problem('conflict', 'check-in-too-early', `too early: check-in for this booking opens at ${checkInFrom}`, { reason: 'too-early', checkInFrom });
  }
  if (!timing.ok) throw new Problem('conflict', 'check-in-too-late', 'too late: the booked time has passed; please ask at the reception', { reason: 'too-late' });
  return issue(ctx, {
    serviceId: booking.service_id,
    language: body.language,
    publicBase,
    alongside: (ticketId, emit, now) => {
      // Checked again inside the transaction: another kiosk may have used the code a moment ago.
      const claimed = ctx.db
        .prepare(`UPDATE appointments SET state = 'checked-in', checked_in_at = ?, ticket_id = ? WHERE id = ? AND state = 'booked'`)
        .run(now, ticketId, booking.id);
      if (claimed.changes === 0) throw conflict('booking-already-used', 'this booking has just been checked in or cancelled; please ask at the reception');
      emitAppointment(emit, 'appointment.checked-in', appointmentRow(ctx, booking.id));
    },
  });
}
