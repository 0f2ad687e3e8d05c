import type { HubContext } from '../context.ts';
import type { CreateDeskBody, Desk } from '../../common/schemas/desks.ts';
import { conflict, invalid, notFound } from '../problems.ts';

interface DeskRow {
  id: number;
  name: string;
  service_ids: string | null;
}

// A desk's services come back in its own priority order (position), which later issues use for preferences.
const deskQuery = `
  SELECT d.id, d.name, (SELECT json_group_array(service_id) FROM (SELECT service_id FROM desk_services WHERE desk_id = d.id ORDER BY position)) AS service_ids
  FROM desks d`;

const toDesk = (row: DeskRow): Desk => ({ id: row.id, name: row.name, serviceIds: JSON.parse(row.service_ids ?? '[]') });

export function listDesks({ db }: Pick<HubContext, 'db'>): Desk[] {
  return db.prepare<[], DeskRow>(`${deskQuery} ORDER BY d.id`).all().map(toDesk);
}

export function getDesk({ db }: Pick<HubContext, 'db'>, id: number): Desk {
  const row = db.prepare<[number], DeskRow>(`${deskQuery} WHERE d.id = ?`).get(id);
  if (!row) throw notFound(`there is no desk with id ${id}`);
  return toDesk(row);
}

export function createDesk(ctx: HubContext, body: CreateDeskBody): Desk {
  const serviceIds = [...new Set(body.serviceIds)];
  return ctx.writer.write((emit, now) => {
    const known = new Set(ctx.db.prepare<[], number>('SELECT id FROM services').pluck().all());
    const unknown = serviceIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw invalid(`unknown service id ${unknown.join(', ')}`);
    if (ctx.db.prepare('SELECT 1 FROM desks WHERE name = ?').get(body.name)) throw conflict(`a desk named "${body.name}" already exists`);
    const id = Number(ctx.db.prepare('INSERT INTO desks (name, created_at) VALUES (?, ?)').run(body.name, now).lastInsertRowid);
    const link = ctx.db.prepare('INSERT INTO desk_services (desk_id, service_id, position) VALUES (?, ?, ?)');
    serviceIds.forEach((serviceId, position) => link.run(id, serviceId, position));
    const desk = { id, name: body.name, serviceIds };
    emit({ type: 'desk.created', desk });
    return desk;
  });
}
