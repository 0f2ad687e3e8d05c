import type { HubContext } from '../context.ts';
import type { CreateDeskBody, Desk, DeskNamesBody, DeskServicesBody } from '../../common/schemas/desks.ts';
import { conflict, invalid, notFound } from '../problems.ts';

export interface DeskRow {
  id: number;
  name: string;
  names: string;
  service_ids: string | null;
  secondary_ids: string | null;
  paused_reason: string | null;
  paused_at: number | null;
  private_room: number;
}

// A desk's services come back in its own order (position); priority 2 marks those it takes only when nobody waits
// for the others (common/queue/waitingOrder.ts).
const deskQuery = `
  SELECT d.id, d.name, d.names, d.paused_reason, d.paused_at, d.private_room,
    (SELECT json_group_array(service_id) FROM (SELECT service_id FROM desk_services WHERE desk_id = d.id ORDER BY position)) AS service_ids,
    (SELECT json_group_array(service_id) FROM (SELECT service_id FROM desk_services WHERE desk_id = d.id AND priority = 2 ORDER BY position)) AS secondary_ids
  FROM desks d`;

const toDesk = (row: DeskRow): Desk => ({
  id: row.id,
  name: row.name,
  names: JSON.parse(row.names),
  serviceIds: JSON.parse(row.service_ids ?? '[]'),
  privateRoom: row.private_room === 1,
});

export function listDesks({ db }: Pick<HubContext, 'db'>): Desk[] {
  return db.prepare<[], DeskRow>(`${deskQuery} ORDER BY d.id`).all().map(toDesk);
}

export function deskRow({ db }: Pick<HubContext, 'db'>, id: number): DeskRow {
  const row = db.prepare<[number], DeskRow>(`${deskQuery} WHERE d.id = ?`).get(id);
  if (!row) throw notFound('desk-not-found', `there is no desk with id ${id}`);
  return row;
}

export function getDesk(ctx: Pick<HubContext, 'db'>, id: number): Desk {
  return toDesk(deskRow(ctx, id));
}

/** Replaces a desk's services inside the caller's transaction, after checking they exist. */
function linkServices(ctx: HubContext, deskId: number, body: DeskServicesBody): void {
  const serviceIds = [...new Set(body.serviceIds)];
  const known = new Set(ctx.db.prepare<[], number>('SELECT id FROM services').pluck().all());
  const unknown = serviceIds.filter((id) => !known.has(id));
  if (unknown.length > 0) throw invalid('unknown-service-id', `unknown service id ${unknown.join(', ')}`);
  const secondary = new Set(body.secondaryServiceIds ?? []);
  ctx.db.prepare('DELETE FROM desk_services WHERE desk_id = ?').run(deskId);
  const link = ctx.db.prepare('INSERT INTO desk_services (desk_id, service_id, position, priority) VALUES (?, ?, ?, ?)');
  serviceIds.forEach((serviceId, position) => link.run(deskId, serviceId, position, secondary.has(serviceId) ? 2 : 1));
  if (body.privateRoom !== undefined) ctx.db.prepare('UPDATE desks SET private_room = ? WHERE id = ?').run(body.privateRoom ? 1 : 0, deskId);
}

/** Whether any desk is a private room: only then are visitors who need one held for such a desk. */
export function centreHasPrivateRooms({ db }: Pick<HubContext, 'db'>): boolean {
  return db.prepare('SELECT 1 FROM desks WHERE private_room = 1 LIMIT 1').get() !== undefined;
}

export function createDesk(ctx: HubContext, body: CreateDeskBody): Desk {
  return ctx.writer.write((emit, now) => {
    if (ctx.db.prepare('SELECT 1 FROM desks WHERE name = ?').get(body.name)) throw conflict('desk-name-taken', `a desk named "${body.name}" already exists`);
    const id = Number(ctx.db.prepare('INSERT INTO desks (name, names, created_at) VALUES (?, ?, ?)').run(body.name, JSON.stringify(body.names ?? {}), now).lastInsertRowid);
    linkServices(ctx, id, body);
    const desk = getDesk(ctx, id);
    emit({ type: 'desk.created', desk });
    return desk;
  });
}

/** Staff rotate: which services a desk calls, and which of them only when nobody waits for the others. The
 *  change and its event are written by the caller's transaction (main/queue/deskState.ts adds the desk's detail). */
export function relinkDeskServices(ctx: HubContext, id: number, body: DeskServicesBody): void {
  deskRow(ctx, id);
  linkServices(ctx, id, body);
}

/** Replaces a desk's translations inside the caller's transaction (main/queue/deskState.ts adds the desk's detail). */
export function renameDesk(ctx: HubContext, id: number, body: DeskNamesBody): void {
  deskRow(ctx, id);
  ctx.db.prepare('UPDATE desks SET names = ? WHERE id = ?').run(JSON.stringify(body.names), id);
}
