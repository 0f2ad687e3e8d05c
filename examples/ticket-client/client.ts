// An integrator's client for the Lotsa hub, typed from the hub's own contract. Make the types once per hub version:
//   npx openapi-typescript http://<hub>/api/openapi.json -o lotsa-api.ts
// Run: LOTSA_URL=http://<hub> LOTSA_TOKEN=<API token> npx tsx client.ts
// It takes a ticket for the first service, calls the next visitor to a desk that serves it, and reads today's summary.
import type { components, paths } from './lotsa-api';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Answer<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends { responses: Record<S, infer R> } ? JsonBody<R> : never;

const hub = process.env.LOTSA_URL ?? 'http://127.0.0.1:8080';
const token = process.env.LOTSA_TOKEN ?? '';

/** One request; a failure is thrown with its stable `code`, which is what a program should act on. */
async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(hub + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    const failure = JSON.parse(text) as Schemas['Error'];
    throw new Error(`${method} ${path}: ${response.status} ${failure.code}: ${failure.error}`);
  }
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

const services = (await call<Answer<'/api/services', 'get', 200>>('GET', '/api/services')).body;
const desks = (await call<Answer<'/api/desks', 'get', 200>>('GET', '/api/desks')).body;
const service = services[0];
if (!service) throw new Error('the hub has no services yet');
const desk = desks.find((candidate) => candidate.serviceIds.includes(service.id));
if (!desk) throw new Error(`no desk serves ${service.name}`);

const request: JsonBody<paths['/api/tickets']['post']['requestBody']> = { serviceId: service.id };
const ticket: Schemas['Ticket'] = (await call<Answer<'/api/tickets', 'post', 201>>('POST', '/api/tickets', request)).body;
console.log(`took ${ticket.number} for ${service.name}: ${ticket.ahead} ahead, about ${ticket.estimatedWaitMinutes} min`);

// 200 with the visitor now at the desk, or 204 when nobody is waiting for what the desk serves.
const next = await call<Answer<'/api/desks/{id}/next', 'post', 200>>('POST', `/api/desks/${desk.id}/next`);
if (next.status === 204) console.log(`${desk.name}: nobody waiting`);
else console.log(`${desk.name} called ${next.body.ticket.number}`);

const summary = (await call<Answer<'/api/reports/summary', 'get', 200>>('GET', '/api/reports/summary')).body;
console.log(`today: ${summary.ticketsIssued} tickets, ${summary.served} served, median wait ${summary.wait.medianSeconds ?? '–'} s`);
