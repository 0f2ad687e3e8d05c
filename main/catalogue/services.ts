import type { HubContext } from '../context.ts';
import type { CreateServiceBody, Service, ServiceNamesBody, ServiceSettings, ServiceSettingsBody } from '../../common/schemas/services.ts';
import { conflict, invalid, notFound } from '../problems.ts';

interface ServiceRow {
  id: number;
  name: string;
  names: string;
  prefix: string;
  wait_target_minutes: number | null;
  outcomes: string;
  outcome_names: string;
}

const serviceQuery = 'SELECT id, name, names, prefix, wait_target_minutes, outcomes, outcome_names FROM services';

const toService = (row: ServiceRow): Service => ({ id: row.id, name: row.name, names: JSON.parse(row.names), prefix: row.prefix });
const toSettings = (row: ServiceRow): ServiceSettings => ({
  serviceId: row.id,
  waitTargetMinutes: row.wait_target_minutes,
  outcomes: JSON.parse(row.outcomes),
  outcomeNames: JSON.parse(row.outcome_names),
});

export function listServices({ db }: Pick<HubContext, 'db'>): Service[] {
  return db.prepare<[], ServiceRow>(`${serviceQuery} ORDER BY id`).all().map(toService);
}

function serviceRow({ db }: Pick<HubContext, 'db'>, id: number): ServiceRow {
  const row = db.prepare<[number], ServiceRow>(`${serviceQuery} WHERE id = ?`).get(id);
  if (!row) throw notFound('service-not-found', `there is no service with id ${id}`);
  return row;
}

export function getService(ctx: Pick<HubContext, 'db'>, id: number): Service {
  return toService(serviceRow(ctx, id));
}

export function listServiceSettings({ db }: Pick<HubContext, 'db'>): ServiceSettings[] {
  return db.prepare<[], ServiceRow>(`${serviceQuery} ORDER BY id`).all().map(toSettings);
}

export function getServiceSettings(ctx: Pick<HubContext, 'db'>, id: number): ServiceSettings {
  return toSettings(serviceRow(ctx, id));
}

export function createService(ctx: HubContext, body: CreateServiceBody): Service {
  return ctx.writer.write((emit, now) => {
    const taken = ctx.db.prepare<[string], { name: string }>('SELECT name FROM services WHERE prefix = ?').get(body.prefix);
    if (taken) throw conflict('prefix-taken', `prefix ${body.prefix} is already used by "${taken.name}"; two services with one prefix would print the same numbers`);
    const id = Number(ctx.db.prepare('INSERT INTO services (name, names, prefix, created_at) VALUES (?, ?, ?, ?)').run(body.name, JSON.stringify(body.names ?? {}), body.prefix, now).lastInsertRowid);
    const service = getService(ctx, id);
    emit({ type: 'service.created', service });
    return service;
  });
}

/** The administrator's per-service settings: its own wait target (null: the centre's) and the outcomes a desk picks from. */
export function updateServiceSettings(ctx: HubContext, id: number, body: ServiceSettingsBody): ServiceSettings {
  return ctx.writer.write((emit) => {
    const stored = toSettings(serviceRow(ctx, id));
    if (body.waitTargetMinutes !== undefined) ctx.db.prepare('UPDATE services SET wait_target_minutes = ? WHERE id = ?').run(body.waitTargetMinutes, id);
    if (body.outcomes !== undefined) ctx.db.prepare('UPDATE services SET outcomes = ? WHERE id = ?').run(JSON.stringify(body.outcomes), id);
    const outcomes = body.outcomes ?? stored.outcomes;
    const unknown = Object.keys(body.outcomeNames ?? {}).filter((outcome) => !outcomes.includes(outcome));
    if (unknown.length > 0) throw invalid('unknown-outcome', `outcomeNames names "${unknown.join('", "')}", which is not among the outcomes of this service`);
    const names = Object.fromEntries(Object.entries(body.outcomeNames ?? stored.outcomeNames).filter(([outcome]) => outcomes.includes(outcome)));
    ctx.db.prepare('UPDATE services SET outcome_names = ? WHERE id = ?').run(JSON.stringify(names), id);
    const settings = getServiceSettings(ctx, id);
    emit({ type: 'service.settings-updated', settings });
    return settings;
  });
}

/** Replaces a service's translations; the kiosk, display and follow page show them at once (service.updated). */
export function updateServiceNames(ctx: HubContext, id: number, body: ServiceNamesBody): Service {
  return ctx.writer.write((emit) => {
    serviceRow(ctx, id);
    ctx.db.prepare('UPDATE services SET names = ? WHERE id = ?').run(JSON.stringify(body.names), id);
    const service = getService(ctx, id);
    emit({ type: 'service.updated', service });
    return service;
  });
}
