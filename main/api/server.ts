// The HTTP and WebSocket face of the hub: registers the route table with validation and access checks at the
// boundary, the event stream, the screens, and turns every failure into { error, code } without ever taking the hub down.
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import type { HubContext } from '../context.ts';
import { authorise, checkOrigin } from './access.ts';
import { accessOf } from './accessTable.ts';
import { identify, type Principal } from './principal.ts';
import { HttpError, tooManyRequests } from './httpError.ts';
import { answerFailures } from './failureAnswers.ts';
import { createAuthGuards, type AuthGuards } from '../auth/guards.ts';
import { openApiRoute } from './openapi.ts';
import { apiRoutes } from './routes/index.ts';
import { parseInput } from './validate.ts';
import { addSecurityHeaders } from './securityHeaders.ts';
import { registerEventStream } from './eventStream.ts';
import { serveScreens } from './screens.ts';
import { DEFAULT_LIMITS, limitConnections, streamCounter, timeoutOptions, type ServerLimits } from './serverLimits.ts';
import { idempotencyKeyOf, replayOrBegin, runIdempotent } from './idempotency.ts';
import { inWriteScope, type WriteScope } from '../events/writeScope.ts';

export interface ServerOptions {
  apiToken: string;
  /** The one-time code that creates the first administrator while no account exists. */
  setupCode: string;
  screensDir: string;
  version: string;
  log: (line: string) => void;
  /** Timeouts and connection caps (main/api/serverLimits.ts); unset ones keep their defaults. */
  limits?: Partial<ServerLimits>;
}

/** `?token=` authorises screens; it is not part of any route's own query. */
function withoutToken(query: unknown): Record<string, unknown> {
  const { token: _token, ...rest } = (query ?? {}) as Record<string, unknown>;
  return rest;
}

/** Paired kiosks are held to a pace no visitor queue reaches; people and the API token are trusted with bursts. */
function limitTickets(guards: AuthGuards, principal: Principal): void {
  if (principal.kind !== 'device') return;
  const waitMs = guards.tickets.take(`device:${principal.device.id}`);
  if (waitMs > 0) throw tooManyRequests('too-many-tickets', `the ${principal.device.name} screen is taking tickets faster than visitors can`, waitMs);
}

export async function createServer(ctx: HubContext, options: ServerOptions): Promise<FastifyInstance> {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024,
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    ...timeoutOptions(limits),
  });
  limitConnections(app.server, limits);
  addSecurityHeaders(app);
  // The API speaks JSON only. Fastify's built-in text/plain parser would hand a route a string and answer a
  // misleading "expected object" 400; without it a wrong content type gets its proper 415.
  app.removeContentTypeParser('text/plain');
  // The scope of each API request, so that its error answer knows whether a change had already committed.
  const scopes = new WeakMap<FastifyRequest, WriteScope>();
  answerFailures(app, options.log, (request) => scopes.get(request)?.committed ?? false);

  await app.register(fastifyWebsocket, { options: { maxPayload: 4 * 1024 } });
  const guards = createAuthGuards(ctx.clock);
  const whoIs = (request: FastifyRequest) => identify(ctx, request, options.apiToken);
  registerEventStream(app, ctx, whoIs, streamCounter(limits.maxStreamsPerAddress));

  const table = apiRoutes(ctx, { guards, setupCode: options.setupCode });
  const routes = [...table, openApiRoute(table, options.version)];
  // CSV only where a route takes it (a corrected translation); anywhere else it is the 415 a wrong type gets.
  const takesCsv = new Set(routes.filter((spec) => spec.consumes === 'text/csv').map((spec) => `${spec.method} ${spec.url}`));
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (request, body, done) => {
    if (takesCsv.has(`${request.method} ${request.routeOptions.url}`)) return done(null, body);
    done(Object.assign(new Error(`${request.method} ${request.routeOptions.url ?? request.url} takes JSON, not CSV`), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }));
  });
  for (const spec of routes) {
    const access = accessOf(spec.method, spec.url);
    app.route({
      method: spec.method,
      url: spec.url,
      handler: async (request, reply) => {
        if (spec.method === 'POST') checkOrigin(request);
        const principal = whoIs(request);
        // A guest (the visitor's phone) is checked by the route, on the credential its body carries.
        if (!(principal.kind === 'anonymous' && access.guest?.(request.body))) authorise(access, principal);
        if (access.limit === 'tickets') limitTickets(guards, principal);
        const input = {
          params: spec.params ? parseInput(spec.params, request.params, 'path') : undefined,
          query: spec.query ? parseInput(spec.query, withoutToken(request.query), 'query') : undefined,
          body: spec.body ? parseInput(spec.body, request.body, 'body') : undefined,
          principal,
          ip: request.ip,
          secure: request.protocol === 'https',
        };
        if (!spec.body && request.body !== undefined && request.body !== null) throw new HttpError(400, 'unexpected-body', `${spec.method} ${spec.url} takes no body`);
        const key = spec.idempotent ? idempotencyKeyOf(request) : undefined;
        const begun = key === undefined ? undefined : replayOrBegin(ctx, request, reply, key, principal);
        if (begun === null) return reply;
        const scope: WriteScope = { committed: false };
        scopes.set(request, scope);
        const result = await inWriteScope(scope, () => (begun ? runIdempotent(ctx, scope, begun, () => spec.handle(input)) : spec.handle(input)));
        reply.code(result.status);
        if (result.cookies) reply.header('set-cookie', result.cookies);
        if (result.file) reply.type(result.file.contentType).header('content-disposition', `attachment; filename="${result.file.name}"`);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }
  await serveScreens(app, options.screensDir, ctx.voicePacks);
  return app;
}
