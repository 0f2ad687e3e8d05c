// A desk's own state: its priorities, paused with a reason (it calls nobody until resumed), the visitors it parked,
// and the silent alarm, which tells the other desks and the admin screen and nobody else (the event is staff-only:
// main/api/eventStream.ts).
import type { HubContext } from '../context.ts';
import type { DeskDetail, DeskNamesBody, DeskServicesBody } from '../../common/schemas/desks.ts';
import { deskRow, getDesk, relinkDeskServices, renameDesk } from '../catalogue/desks.ts';
import { conflict } from '../problems.ts';
import { deskRef } from './deskActions.ts';
import { ticketsAtDesks, toTicketView } from './ticketRows.ts';

export function deskDetail(ctx: HubContext, deskId: number): DeskDetail {
  const row = deskRow(ctx, deskId);
  return {
    ...getDesk(ctx, deskId),
    secondaryServiceIds: JSON.parse(row.secondary_ids ?? '[]'),
    paused: row.paused_reason === null ? null : { reason: row.paused_reason, since: new Date(row.paused_at!).toISOString() },
    parked: ticketsAtDesks(ctx.db, ['parked'], deskId).map(toTicketView),
  };
}

export function updateDeskServices(ctx: HubContext, deskId: number, body: DeskServicesBody): DeskDetail {
  return ctx.writer.write((emit) => {
    relinkDeskServices(ctx, deskId, body);
    const desk = deskDetail(ctx, deskId);
    emit({ type: 'desk.updated', desk });
    return desk;
  });
}

/** The display shows a desk's new translations at once: desk.updated carries them. */
export function updateDeskNames(ctx: HubContext, deskId: number, body: DeskNamesBody): DeskDetail {
  return ctx.writer.write((emit) => {
    renameDesk(ctx, deskId, body);
    const desk = deskDetail(ctx, deskId);
    emit({ type: 'desk.updated', desk });
    return desk;
  });
}

export function pauseDesk(ctx: HubContext, deskId: number, reason: string): DeskDetail {
  return ctx.writer.write((emit, now) => {
    deskRow(ctx, deskId);
    // Pausing again changes the reason but keeps when the pause began.
    ctx.db.prepare('UPDATE desks SET paused_reason = ?, paused_at = COALESCE(paused_at, ?) WHERE id = ?').run(reason, now, deskId);
    const desk = deskDetail(ctx, deskId);
    emit({ type: 'desk.paused', desk });
    return desk;
  });
}

export function resumeDesk(ctx: HubContext, deskId: number): DeskDetail {
  return ctx.writer.write((emit) => {
    const row = deskRow(ctx, deskId);
    if (row.paused_reason === null) throw conflict('desk-not-paused', `${row.name} is not paused`);
    ctx.db.prepare('UPDATE desks SET paused_reason = NULL, paused_at = NULL WHERE id = ?').run(deskId);
    const desk = deskDetail(ctx, deskId);
    emit({ type: 'desk.resumed', desk });
    return desk;
  });
}

export function raiseAlarm(ctx: HubContext, deskId: number): DeskDetail {
  return ctx.writer.write((emit) => {
    const desk = deskDetail(ctx, deskId);
    emit({ type: 'desk.alarm', desk: deskRef(desk) });
    return desk;
  });
}
