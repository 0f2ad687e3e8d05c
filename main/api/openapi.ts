// /api/openapi.json, generated from the same route table and zod schemas the hub validates with, so the published
// contract cannot drift from what the hub accepts.
import { z } from 'zod';
import type { RouteSpec } from './route.ts';
import { EventsQuery, StreamMessage } from '../../common/schemas/events.ts';
import { ErrorBody } from '../../common/schemas/common.ts';
import { accessOf, type Access } from './accessTable.ts';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

function parameters(spec: Pick<RouteSpec, 'params' | 'query'>) {
  const list: object[] = [];
  for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      list.push({ name, in: where, required: where === 'path' || (object.required ?? []).includes(name), schema: property });
    }
  }
  return list;
}

const idempotencyKeyParameter = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'a fresh key (1-100 visible ASCII characters) per action: sent again by the same caller within 24 h it returns the first answer and changes nothing; with a different request, 422',
  schema: { type: 'string', minLength: 1, maxLength: 100 },
};

/** The roles in the document (`x-roles`), and no security requirement for an open route. */
const accessFields = ({ roles }: Access) => ({ 'x-roles': roles, ...(roles === 'open' ? { security: [] } : {}) });

const eventStreamPath = {
  get: {
    summary: 'WebSocket: every event after `after` (without it: from now), in seq order, then each new one as it happens (one JSON HubEvent per message); first `{ type: "resync", seq }` when `after` is beyond the last seq or older than the oldest kept event: reload from the API; staff-only events go to staff, admins and the API token only',
    ...accessFields(accessOf('GET', '/api/events')),
    parameters: parameters({ query: EventsQuery }),
    responses: {
      101: { description: 'switching to the WebSocket; messages are HubEvent or StreamResync', content: { 'application/json': { schema: jsonSchema(StreamMessage, 'output') } } },
      400: { description: 'bad after', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } },
      401: { description: 'no credential', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } },
      403: { description: 'wrong role, or an Origin other than the hub', content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } } },
      426: { description: 'not a WebSocket request' },
    },
  },
};

export function openApiDocument(routes: readonly RouteSpec[], version: string): object {
  const paths: Record<string, Record<string, object>> = { '/api/events': eventStreamPath };
  for (const spec of routes) {
    const path = spec.url.replace(/:(\w+)/g, '{$1}');
    const responses = Object.fromEntries(
      Object.entries(spec.responses).map(([status, schema]) => [
        status,
        schema
          ? { description: status, content: { [status === '200' && spec.produces ? spec.produces : 'application/json']: { schema: jsonSchema(schema, 'output') } } }
          : { description: status },
      ]),
    );
    paths[path] ??= {};
    paths[path]![spec.method.toLowerCase()] = {
      summary: spec.summary,
      ...accessFields(accessOf(spec.method, spec.url)),
      parameters: [...parameters(spec), ...(spec.idempotent ? [idempotencyKeyParameter] : [])],
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Lotsa hub API', version },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: "the hub's API token (every role) or a paired device's credential" },
        session: { type: 'apiKey', in: 'cookie', name: 'lotsa_session', description: 'set by POST /api/auth/login' },
        device: { type: 'apiKey', in: 'cookie', name: 'lotsa_device', description: 'set by POST /api/devices/pair' },
      },
    },
    security: [{ bearer: [] }, { session: [] }, { device: [] }],
    paths,
  };
}
