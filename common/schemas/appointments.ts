import { z } from 'zod';
import { CalendarDay, CalendarTime, Id, IsoTime } from './common.ts';
import { ErrorBody } from './common.ts';
import { Language } from './tickets.ts';
import { cleanString } from './text.ts';
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, normaliseBookingCode } from '../queue/booking.ts';

export const APPOINTMENT_STATES = ['booked', 'checked-in', 'cancelled'] as const;

export const Appointment = z
  .object({
    id: Id,
    code: z.string().describe(`${BOOKING_CODE_LENGTH} characters from ${BOOKING_CODE_ALPHABET}`),
    serviceId: Id,
    startsAt: IsoTime,
    name: z.string().nullable(),
    state: z.enum(APPOINTMENT_STATES),
    ticketId: Id.nullable().describe('the ticket taken at check-in'),
  })
  .meta({ id: 'Appointment' });
export type Appointment = z.infer<typeof Appointment>;

export const CreateAppointmentBody = z.strictObject({
  serviceId: z.number().int().positive(),
  startsAt: CalendarTime,
  name: cleanString({ what: 'the name', max: 80 }).optional().describe('for staff only; never shown on a public screen'),
});
export type CreateAppointmentBody = z.infer<typeof CreateAppointmentBody>;

export const AppointmentsQuery = z.strictObject({
  day: CalendarDay.optional().describe("the centre's local day; default today"),
});

export const CheckInBody = z.strictObject({
  code: z
    .string()
    .max(20)
    .transform(normaliseBookingCode)
    .pipe(z.string().regex(new RegExp(`^[${BOOKING_CODE_ALPHABET}]{${BOOKING_CODE_LENGTH}}$`), `a booking code is ${BOOKING_CODE_LENGTH} letters and digits`)),
  language: Language.optional(),
});
export type CheckInBody = z.infer<typeof CheckInBody>;

/** A refused check-in says why, so the kiosk can tell the visitor what to do. */
export const CheckInRefusal = ErrorBody.extend({
  reason: z.enum(['too-early', 'too-late']),
  checkInFrom: IsoTime.optional().describe('too early: when check-in opens'),
}).meta({ id: 'CheckInRefusal' });
