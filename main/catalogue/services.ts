import type { HubContext } from '../context.ts';
import type { CreateServiceBody, Service } from '../../common/schemas/services.ts';
import { conflict, notFound } from '../problems.ts';

export function listServices({ db }: Pick<HubContext, 'db'>): Service[] {
  return db.prepare<[], Service>('SELECT id, name, prefix FROM services ORDER BY id').all();
}

export function getService({ db }: Pick<HubContext, 'db'>, id: number): Service {
  const service = db.prepare<[number], Service>('SELECT id, name, prefix FROM services WHERE id = ?').get(id);
  if (!service) throw notFound(`there is no service with id ${id}`);
  return service;
}

export function createService(ctx: HubContext, body: CreateServiceBody): Service {
  return ctx.writer.write((emit, now) => {
    const taken = ctx.db.prepare<[string], { name: string }>('SELECT name FROM services WHERE prefix = ?').get(body.prefix);
    if (taken) throw conflict(`prefix ${body.prefix} is already used by "${taken.name}"; two services with one prefix would print the same numbers`);
    const id = Number(ctx.db.prepare('INSERT INTO services (name, prefix, created_at) VALUES (?, ?, ?)').run(body.name, body.prefix, now).lastInsertRowid);
    const service = { id, name: body.name, prefix: body.prefix };
    emit({ type: 'service.created', service });
    return service;
  });
}
