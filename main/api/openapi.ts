// /api/openapi.json (OpenAPI 3.1), generated from the same route table, access table and zod schemas the hub runs
// on, so the published contract cannot drift from what the hub accepts and answers. Each operation gets its id from
// method and path, its tag from the path's area, its security and `x-roles` from the access table, and besides the
// answers its route declares, the failures every route of its kind can give: a body can be malformed (400), too
// large (413) or not JSON (415); a guarded route refuses a missing credential (401) or the wrong role (403); a POST
// from a foreign page is refused (403); a path id can name nothing (404); a kiosk can be too fast (429); and any
// route can meet a full disk or a hub shutting down (503).
import { z } from 'zod';
import { ok, route, type RouteSpec } from './route.ts';
import { accessOf, type Access } from './accessTable.ts';
import { schemaSet, type JsonSchema, type SchemaSet } from './openapiSchemas.ts';
import { REQUEST_EXAMPLES, SCHEMA_EXAMPLES } from './openapiExamples.ts';
import { EventsQuery, StreamMessage } from '../../common/schemas/events.ts';
import { ErrorBody, RetryLaterBody } from '../../common/schemas/common.ts';
import { DEVICE_ROLES } from '../../common/schemas/auth.ts';
import { WebhookPayload } from '../../common/schemas/webhooks.ts';

/** What the document needs of a route: its declaration without the handler. */
export type DescribedRoute = Omit<RouteSpec, 'handle'>;

/** The event stream is a WebSocket, registered beside the route table; described here like a route. */
const EVENT_STREAM: DescribedRoute = {
  method: 'GET',
  url: '/api/events',
  summary: 'The event stream (WebSocket): every event after `after` (without it: from now), in seq order, then each new one as it commits',
  query: EventsQuery,
  responses: { 101: StreamMessage, 426: ErrorBody },
};
const EVENT_STREAM_DESCRIPTION =
  'Open with a WebSocket client. Each message is one JSON `HubEvent` or `StreamResync` (the 101 answer\'s schema). Reconnect with `after=<last seq seen>` to receive every event missed; without `after` the stream starts from now. When `after` is older than the oldest event the hub keeps (`eventRetentionDays`) or beyond its last (a restored database), the first message is `{ "type": "resync", "seq" }`: reload the state from the API and go on from that seq. An address may hold a limited number of streams (429 `too-many-streams`). Staff-only events (bookings, accounts, devices, the silent alarm) go to staff, admins and the API token only, so a device may see gaps in seq. The hub closes the socket with code 4401 when the credential is revoked or the session ends. A plain HTTP request gets 426.';

interface Failure {
  name: string;
  description: string;
  example?: ErrorBody;
  schema?: z.ZodType;
  headers?: Record<string, object>;
}

/** The failures of the whole API, as reusable responses; each names the codes it carries most often. */
const FAILURES: Record<number, Failure> = {
  400: {
    name: 'BadRequest',
    description: 'The request was refused as it is: malformed JSON (`malformed-json`), a value of the wrong type, out of range or unknown (`invalid-input`), a body where none is taken (`unexpected-body`), or a rule of the route (its code says which). Nothing was changed.',
    example: { error: 'invalid body: serviceId: Invalid input: expected number, received string', code: 'invalid-input' },
  },
  401: {
    name: 'Unauthorized',
    description: 'No credential, or one that is no longer valid (`sign-in-required`, `token-invalid`, `session-ended`, `device-unpaired`), or a wrong password or code on the routes that take one.',
    example: { error: 'this needs one of these roles: staff, admin. Log in, pair this screen, or send "Authorization: Bearer <API token>"', code: 'sign-in-required' },
  },
  403: {
    name: 'Forbidden',
    description: 'The credential is valid but its role may not do this (`wrong-role`, `staff-today-only`, `paper-needs-staff`), or a browser page from another site sent the request (`foreign-origin`).',
    example: { error: 'this needs one of these roles: admin; the request comes from the display screen "Hall"', code: 'wrong-role' },
  },
  404: { name: 'NotFound', description: 'The thing the path or body names does not exist.', example: { error: 'there is no desk with id 9', code: 'desk-not-found' } },
  409: {
    name: 'Conflict',
    description: "The request does not fit the present state (a paused desk, a visitor already called by another desk, a name taken); its code says which. Nothing was changed.",
    example: { error: 'Desk 2 is paused (lunch); resume the desk before calling', code: 'desk-paused' },
  },
  413: { name: 'PayloadTooLarge', description: 'The body is larger than 64 KiB.', example: { error: 'Request body is too large', code: 'body-too-large' } },
  415: {
    name: 'UnsupportedMediaType',
    description: 'The body is not `application/json`.',
    example: { error: 'Unsupported Media Type: text/plain', code: 'unsupported-media-type' },
  },
  422: {
    name: 'IdempotencyKeyReused',
    description: 'The `Idempotency-Key` was used before with a different request; nothing was changed.',
  },
  429: {
    name: 'TooManyRequests',
    description: 'Too many attempts (wrong passwords or codes, tickets faster than visitors can take them): wait `retryAfterSeconds` (also in `Retry-After`).',
    schema: RetryLaterBody,
    headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer', minimum: 1 } } },
  },
  503: {
    name: 'Unavailable',
    description: "The hub cannot do it now: its disk is full or cannot be written (`disk-full`, `database-locked`, `storage-failed`: nothing was changed; a kiosk sends the visitor to reception), or it is shutting down (`shutting-down`: try again in a moment).",
    example: { error: "the hub's disk is full: nothing was changed. Please ask at the reception", code: 'disk-full' },
  },
};

const DESCRIPTIONS: Record<number, string> = { 101: 'Switching Protocols', 200: 'OK', 201: 'Created', 204: 'No Content', 426: 'Upgrade Required: not a WebSocket request' };

/** The statuses every route of this kind can answer, whatever its handler does. */
function standardFailures(route: DescribedRoute, { roles, limit }: Access): number[] {
  const post = route.method === 'POST';
  const statuses = new Set<number>([503]);
  if (post || route.query || route.params) statuses.add(400);
  if (post) [413, 415, 403].forEach((status) => statuses.add(status));
  if (roles !== 'open') [401, 403].forEach((status) => statuses.add(status));
  if (route.params) statuses.add(404);
  if (limit) statuses.add(429);
  // 422: the key came with another request; 409: its first request is still being answered (a ticket printing).
  if (route.idempotent) [409, 422].forEach((status) => statuses.add(status));
  return [...statuses];
}

const TAGS: { name: string; description: string; areas: string[] }[] = [
  { name: 'Tickets', description: "Taking a ticket, the queue as every screen sees it, and the visitor's follow page", areas: ['tickets', 'queue', 'follow'] },
  { name: 'Desks', description: 'The desks and the work at them: calling, serving, parking, transferring, pausing', areas: ['desks'] },
  { name: 'Services', description: 'What visitors queue for, with its ticket prefix, wait target and outcomes', areas: ['services', 'service-settings'] },
  { name: 'Appointments', description: 'Booked visits and their check-in at the kiosk', areas: ['appointments'] },
  { name: 'Survey', description: 'The exit survey: answers, questions, comments', areas: ['survey'] },
  { name: 'Reports', description: "Waits against the target and survey figures for the centre's local days; CSV exports", areas: ['reports'] },
  { name: 'Events', description: 'The event stream: every change, in order, replayed after a reconnect', areas: ['events'] },
  { name: 'Sign-in', description: 'Signing people in and out, and the first administrator', areas: ['auth'] },
  { name: 'Users', description: 'Staff and admin accounts', areas: ['users'] },
  { name: 'Devices', description: 'Paired kiosks, wall displays and survey screens', areas: ['devices'] },
  { name: 'Printer', description: 'The ticket printer: state, settings, test print and the latest printouts', areas: ['printer'] },
  { name: 'Centre', description: "The centre's settings, languages, corrected translations and backups", areas: ['settings', 'backup', 'languages', 'translations'] },
  { name: 'Speech', description: 'Sentences read aloud for the kiosk and survey in speech mode', areas: ['speech'] },
  { name: 'Webhooks', description: 'Signed webhooks: receivers of chosen public events, each delivery POSTed with Lotsa-Delivery and Lotsa-Signature, and what was delivered', areas: ['webhooks'] },
  { name: 'Improvements', description: '"You said, we did": what visitors\' comments led to, shown on the wall display and the follow page', areas: ['improvements'] },
  { name: 'Hub', description: "The hub's health and this document", areas: ['health', 'openapi.json'] },
];

function tagOf(url: string): string {
  const area = url.split('/')[2]!;
  const tag = TAGS.find((t) => t.areas.includes(area));
  if (!tag) throw new Error(`openapi: no tag for the area of ${url} (main/api/openapi.ts TAGS)`);
  return tag.name;
}

/** `POST /api/desks/:id/no-show` → `postDesksByIdNoShow`: stable as long as the route is. */
export function operationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .flatMap((part) => part.split('-'));
  return method.toLowerCase() + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/** The API token (every role) or a device's credential by Bearer or ?token=; people by their session cookie,
 *  paired screens also by their device cookie. */
function security({ roles }: Access): Record<string, string[]>[] {
  if (roles === 'open') return [];
  const schemes = ['bearer', 'tokenQuery'];
  if (roles.includes('staff') || roles.includes('admin')) schemes.push('session');
  if (roles.some((role) => (DEVICE_ROLES as readonly string[]).includes(role))) schemes.push('device');
  return schemes.map((scheme) => ({ [scheme]: [] }));
}

function parametersOf(route: DescribedRoute, schemas: SchemaSet): object[] {
  const list: object[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const object = schemas.of(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, { description, ...property }] of Object.entries(object.properties ?? {})) {
      // ?token= is a credential (the tokenQuery security scheme), not a parameter of the route.
      if (name === 'token' && where === 'query') continue;
      list.push({ name, in: where, required: where === 'path' || (object.required ?? []).includes(name), ...(description ? { description } : {}), schema: property });
    }
  }
  if (route.idempotent) list.push({ $ref: '#/components/parameters/IdempotencyKey' });
  return list;
}

function requestBody(body: z.ZodType, id: string, schemas: SchemaSet, mediaType = 'application/json'): object {
  const example = REQUEST_EXAMPLES[id];
  return { required: !body.safeParse(undefined).success, content: { [mediaType]: { schema: schemas.of(body, 'input'), ...(example ? { example } : {}) } } };
}

function responses(route: DescribedRoute, access: Access, schemas: SchemaSet): Record<string, object> {
  const answers: Record<string, object> = {};
  const statuses = new Set([...Object.keys(route.responses).map(Number), ...standardFailures(route, access)]);
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const schema = route.responses[status];
    const failure = FAILURES[status];
    if (failure && (schema === undefined || schema === ErrorBody)) {
      answers[status] = { $ref: `#/components/responses/${failure.name}` };
    } else if (schema === null || schema === undefined) {
      answers[status] = { description: DESCRIPTIONS[status] ?? String(status) };
    } else {
      const mediaType = status === 200 && route.produces ? route.produces : 'application/json';
      const description = route.url === EVENT_STREAM.url && status === 101 ? 'Switching to the WebSocket: each message is one HubEvent' : (DESCRIPTIONS[status] ?? failure?.description ?? String(status));
      answers[status] = { description, content: { [mediaType]: { schema: schemas.of(schema, 'output') } } };
    }
  }
  return answers;
}

function operation(route: DescribedRoute, schemas: SchemaSet): object {
  const access = accessOf(route.method, route.url);
  const parameters = parametersOf(route, schemas);
  const id = operationId(route.method, route.url);
  return {
    operationId: id,
    summary: route.summary,
    ...(route.url === EVENT_STREAM.url ? { description: EVENT_STREAM_DESCRIPTION } : {}),
    tags: [tagOf(route.url)],
    'x-roles': access.roles,
    security: security(access),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body ? { requestBody: requestBody(route.body, id, schemas, route.consumes) } : {}),
    responses: responses(route, access, schemas),
  };
}

function failureResponses(schemas: SchemaSet): Record<string, object> {
  return Object.fromEntries(
    Object.values(FAILURES).map(({ name, description, example, schema, headers }) => [
      name,
      { description, ...(headers ? { headers } : {}), content: { 'application/json': { schema: schemas.of(schema ?? ErrorBody, 'output'), ...(example ? { example } : {}) } } },
    ]),
  );
}

/** What the hub POSTs to a registered receiver (OpenAPI 3.1 `webhooks`): the receiver implements this operation. */
function webhookOperations(schemas: SchemaSet): Record<string, object> {
  return {
    event: {
      post: {
        operationId: 'webhookEvent',
        summary: 'One event of a type the receiver registered for, signed with its secret',
        description:
          'Sent in seq order, one at a time per receiver, at least once: a retry carries the same `id` and `Lotsa-Delivery`, so deduplicate by it. Any 2xx within 5 s is success; anything else is retried with doubling waits up to 5 minutes, and given up 24 h after the event (then listed as failed). Verify `Lotsa-Signature` before trusting the body: HMAC-SHA256 with the secret over `<t>.<raw body>`, hex; refuse a `t` far from your clock. `data` holds what a public display may see and nothing more: the ticket\'s id, number, service, language, state, times and desk; the desk\'s id and name; a survey response\'s id; the printer\'s state; a new business day.',
        tags: ['Webhooks'],
        security: [{ webhookSignature: [] }],
        parameters: [
          { name: 'Lotsa-Delivery', in: 'header', required: true, description: 'the delivery id, the same as the body\'s id and on every retry', schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: schemas.of(WebhookPayload, 'output') } } },
        responses: {
          '2XX': { description: 'taken: the hub moves on to the next event' },
          '4XX': { description: 'refused (a signature that does not verify, a stale t): retried like any failure' },
          '5XX': { description: 'the receiver failed: retried later' },
        },
      },
    },
  };
}

export type OpenApiDocument = { openapi: string; paths: Record<string, Record<string, object>>; [key: string]: unknown };

export function openApiDocument(routeTable: readonly DescribedRoute[], version: string): OpenApiDocument {
  const routes = [EVENT_STREAM, ...routeTable];
  const inputs = routes.flatMap((route) => [route.body, route.query, route.params]).filter((schema) => schema !== undefined);
  const outputs = [...routes.flatMap((route) => Object.values(route.responses)).filter((schema) => schema !== null), ErrorBody, RetryLaterBody, WebhookPayload];
  const schemas = schemaSet({ input: inputs, output: outputs });

  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path]![route.method.toLowerCase()] = operation(route, schemas);
  }
  // Only the shared answers and parameters some operation refers to.
  const used = (kind: string, name: string) => JSON.stringify(paths).includes(`"#/components/${kind}/${name}"`);
  const only = (kind: string, all: Record<string, object>) => Object.fromEntries(Object.entries(all).filter(([name]) => used(kind, name)));
  const shared = {
    responses: only('responses', failureResponses(schemas)),
    parameters: only('parameters', {
      IdempotencyKey: {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description: 'A key the client makes once per action (e.g. a UUID). A retry with the same key from the same caller within 24 h gets the first answer again (same status and body) and changes nothing; the same key with a different body is refused with 422.',
        schema: { type: 'string', minLength: 1, maxLength: 100 },
      },
    }),
  };
  const webhooks = webhookOperations(schemas);
  const components = schemas.components({ paths, webhooks, shared });
  for (const [name, example] of Object.entries(SCHEMA_EXAMPLES)) {
    if (!components[name]) throw new Error(`openapi: an example for ${name}, which is no component (main/api/openapiExamples.ts)`);
    components[name] = { ...components[name], examples: [example] };
  }
  const operationIds = new Set(Object.values(paths).flatMap((methods) => Object.values(methods).map((op) => (op as { operationId: string }).operationId)));
  for (const id of Object.keys(REQUEST_EXAMPLES)) {
    if (!operationIds.has(id)) throw new Error(`openapi: a request example for ${id}, which is no operation (main/api/openapiExamples.ts)`);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lotsa hub API',
      version,
      summary: 'Queue, tickets, desks, bookings, the exit survey and reports of one service centre',
      description:
        'Every answer is JSON unless its media type says otherwise; every failure is `{ "error": "<one sentence>", "code": "<stable code>" }` (the Error schema): act on `code`, show or log `error`. Times are ISO 8601 in UTC; days are the centre\'s local days. Interactive documentation: /api/docs.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-Lotsa' },
    },
    tags: TAGS.map(({ name, description }) => ({ name, description })),
    paths,
    webhooks,
    components: {
      schemas: components,
      ...shared,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: "`Authorization: Bearer <token>`: the hub's API token (every role) or a paired device's credential" },
        tokenQuery: { type: 'apiKey', in: 'query', name: 'token', description: 'the same token as `?token=`, for screen URLs and WebSocket clients that cannot set a header' },
        session: { type: 'apiKey', in: 'cookie', name: 'lotsa_session', description: 'a signed-in person: set by POST /api/auth/login (HttpOnly, 12 hours)' },
        device: { type: 'apiKey', in: 'cookie', name: 'lotsa_device', description: 'a paired screen: set by POST /api/devices/pair (HttpOnly)' },
        webhookSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'Lotsa-Signature',
          description: 'on webhook deliveries, from the hub to a receiver: `t=<unix seconds of this attempt>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the secret>`',
        },
      },
    },
  };
}

const DocumentShape = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.looseObject({})) })
  .describe('an OpenAPI 3.1 document');

/** GET /api/openapi.json, describing the route table and itself; built once, when the server starts. Its server is the
 *  address each request came to. */
export function openApiRoute(routeTable: readonly RouteSpec[], version: string): RouteSpec {
  const self: RouteSpec = route({
    method: 'GET',
    url: '/api/openapi.json',
    summary: 'This document: the whole HTTP and WebSocket contract as OpenAPI 3.1',
    responses: { 200: DocumentShape },
    // Relative to wherever the document was fetched from: never the Host header a request names, which anyone can write.
    handle: () => ok({ ...document, servers: [{ url: '/', description: 'this hub' }] }),
  });
  const document = openApiDocument([...routeTable, self], version);
  return self;
}
