// Booked visits: staff book, list and cancel; the kiosk checks a visitor in by the booking code.
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { ErrorBody, IdParams } from '../../../common/schemas/common.ts';
import { Appointment, AppointmentsQuery, CheckInBody, CheckInRefusal, CreateAppointmentBody } from '../../../common/schemas/appointments.ts';
import { Ticket } from '../../../common/schemas/tickets.ts';
import { cancelAppointment, createAppointment, listAppointments } from '../../appointments/appointments.ts';
import { checkIn } from '../../appointments/checkIn.ts';
import { followBase } from '../../queue/follow.ts';
import { NoBody, created, ok, route, type RouteSpec } from '../route.ts';

export function appointmentRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/appointments',
      summary: 'Book a visit for a service at a time; the answer carries the code the visitor checks in with',
      body: CreateAppointmentBody,
      responses: { 201: Appointment, 404: ErrorBody },
      handle: ({ body }) => created(createAppointment(ctx, body)),
    }),
    route({
      method: 'GET',
      url: '/api/appointments',
      summary: "The bookings of one of the centre's days (default today), in time order",
      query: AppointmentsQuery,
      responses: { 200: z.array(Appointment) },
      handle: ({ query }) => ok(listAppointments(ctx, query.day)),
    }),
    route({
      method: 'POST',
      url: '/api/appointments/:id/cancel',
      summary: 'Cancel a booking that has not been checked in',
      params: IdParams,
      body: NoBody,
      responses: { 200: Appointment, 409: ErrorBody },
      handle: ({ params }) => ok(cancelAppointment(ctx, params.id)),
    }),
    route({
      method: 'POST',
      url: '/api/appointments/check-in',
      summary: 'Check in with the booking code at the kiosk: a ticket called before walk-ins once the booked time has come (404 unknown code; 409 too early or too late, with reason)',
      body: CheckInBody,
      idempotent: true,
      responses: { 201: Ticket, 400: ErrorBody, 404: ErrorBody, 409: CheckInRefusal },
      handle: async ({ body }) => created(await checkIn(ctx, body, followBase(ctx))),
    }),
  ];
}
