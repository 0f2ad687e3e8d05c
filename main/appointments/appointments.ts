// Booked visits as staff handle them: book (the answer carries the code to give the visitor), list a day's, cancel.
// The booking code is made from crypto-random bytes and is unique among open bookings; the visitor's name, if
// given, stays in this table and never reaches the event log or a public screen.
import { randomBytes } from 'node:crypto';
import type { HubContext } from '../context.ts';
import type { Emit } from '../events/hubWriter.ts';
import type { Appointment, CreateAppointmentBody } from '../../common/schemas/appointments.ts';
import { BOOKING_CODE_LENGTH, bookingCodeFrom } from '../../common/queue/booking.ts';
import { nextDay } from '../../common/time/zone.ts';
import { getService } from '../catalogue/services.ts';
import { conflict, notFound } from '../problems.ts';

export interface AppointmentRow {
  id: number;
  service_id: number;
  starts_at: number;
  name: string | null;
  code: string;
  state: Appointment['state'];
  ticket_id: number | null;
}

const columns = 'id, service_id, starts_at, name, code, state, ticket_id';

export const toAppointment = (row: AppointmentRow): Appointment => ({
  id: row.id,
  code: row.code,
  serviceId: row.service_id,
  startsAt: new Date(row.starts_at).toISOString(),
  name: row.name,
  state: row.state,
  ticketId: row.ticket_id,
});

/** What the event log may know of a booking: no name, no code. */
export function appointmentRef(row: AppointmentRow) {
  return { id: row.id, serviceId: row.service_id, startsAt: new Date(row.starts_at).toISOString(), state: row.state, ticketId: row.ticket_id };
}

export function appointmentRow(ctx: HubContext, id: number): AppointmentRow {
  const row = ctx.db.prepare<[number], AppointmentRow>(`SELECT ${columns} FROM appointments WHERE id = ?`).get(id);
  if (!row) throw notFound('appointment-not-found', `there is no appointment with id ${id}`);
  return row;
}

export function openAppointmentByCode(ctx: HubContext, code: string): AppointmentRow | undefined {
  return ctx.db.prepare<[string], AppointmentRow>(`SELECT ${columns} FROM appointments WHERE code = ? AND state = 'booked'`).get(code);
}

function unusedCode(ctx: HubContext): string {
  const taken = ctx.db.prepare<[string], number>(`SELECT 1 FROM appointments WHERE code = ? AND state = 'booked'`).pluck();
  // 32^6 ≈ 10^9 codes against at most a few thousand open bookings: a retry is rare and two in a row rarer still.
  for (;;) {
    const code = bookingCodeFrom(randomBytes(BOOKING_CODE_LENGTH));
    if (!taken.get(code)) return code;
  }
}

export function emitAppointment(emit: Emit, type: 'appointment.created' | 'appointment.cancelled' | 'appointment.checked-in', row: AppointmentRow): void {
  emit({ type, appointment: appointmentRef(row) });
}

export function createAppointment(ctx: HubContext, body: CreateAppointmentBody): Appointment {
  getService(ctx, body.serviceId);
  return ctx.writer.write((emit, now) => {
    const id = Number(
      ctx.db
        .prepare(`INSERT INTO appointments (service_id, starts_at, name, code, state, created_at) VALUES (?, ?, ?, ?, 'booked', ?)`)
        .run(body.serviceId, Date.parse(body.startsAt), body.name ?? null, unusedCode(ctx), now).lastInsertRowid,
    );
    const row = appointmentRow(ctx, id);
    emitAppointment(emit, 'appointment.created', row);
    return toAppointment(row);
  });
}

/** The bookings of one of the centre's local days (default today), in time order. */
export function listAppointments(ctx: HubContext, day: string | undefined): Appointment[] {
  const calendar = ctx.calendar();
  const date = day ?? calendar.dayOf(ctx.clock());
  const fromMs = calendar.dayStartMs(date);
  const toMs = calendar.dayStartMs(nextDay(date));
  return ctx.db
    .prepare<[number, number], AppointmentRow>(`SELECT ${columns} FROM appointments WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at, id`)
    .all(fromMs, toMs)
    .map(toAppointment);
}

export function cancelAppointment(ctx: HubContext, id: number): Appointment {
  return ctx.writer.write((emit) => {
    const row = appointmentRow(ctx, id);
    if (row.state !== 'booked') throw conflict('appointment-not-booked', `appointment ${id} is ${row.state}; only a booked one can be cancelled`);
    ctx.db.prepare(`UPDATE appointments SET state = 'cancelled' WHERE id = ?`).run(id);
    const cancelled = appointmentRow(ctx, id);
    emitAppointment(emit, 'appointment.cancelled', cancelled);
    return toAppointment(cancelled);
  });
}
