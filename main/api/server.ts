// The HTTP and WebSocket face of the hub: registers the route table with validation and access checks at the
// boundary, the event stream, the screens, and turns every failure into { error } without ever taking the hub down.
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyWebsocket from '@fastify/websocket';
import type { HubContext } from '../context.ts';
import { authorise } from './access.ts';
import { describeError, HttpError } from './httpError.ts';
import { openApiDocument } from './openapi.ts';
import { apiRoutes } from './routes/index.ts';
import { parseInput } from './validate.ts';
import { addSecurityHeaders } from './securityHeaders.ts';
import { registerEventStream } from './eventStream.ts';
import { serveScreens } from './screens.ts';

export interface ServerOptions {
  apiToken: string;
  screensDir: string;
  version: string;
  log: (line: string) => void;
}

/** `?token=` authorises screens; it is not part of any route's own query. */
function withoutToken(query: unknown): Record<string, unknown> {
  const { token: _token, ...rest } = (query ?? {}) as Record<string, unknown>;
  return rest;
}

export async function createServer(ctx: HubContext, options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, onProtoPoisoning: 'error', onConstructorPoisoning: 'error', return503OnClosing: true });
  addSecurityHeaders(app);
  // The API speaks JSON only. Fastify's built-in text/plain parser would hand a route a string and answer a
  // misleading "expected object" 400; without it a wrong content type gets its proper 415.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((error, request, reply) => {
    const { status, message, unexpected, details } = describeError(error);
    if (unexpected) options.log(`error on ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
    return reply.code(status).send({ ...details, error: message });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `no such endpoint: ${request.method} ${request.url.split('?')[0]}` }));

  await app.register(fastifyWebsocket, { options: { maxPayload: 4 * 1024 } });
  registerEventStream(app, ctx, options.apiToken);

  const routes = apiRoutes(ctx);
  for (const spec of routes) {
    app.route({
      method: spec.method,
      url: spec.url,
      handler: async (request, reply) => {
        authorise(spec.access, request, options.apiToken);
        const input = {
          params: spec.params ? parseInput(spec.params, request.params, 'path') : undefined,
          query: spec.query ? parseInput(spec.query, withoutToken(request.query), 'query') : undefined,
          body: spec.body ? parseInput(spec.body, request.body, 'body') : undefined,
          origin: `${request.protocol}://${request.host}`,
        };
        if (!spec.body && request.body !== undefined && request.body !== null) throw new HttpError(400, `${spec.method} ${spec.url} takes no body`);
        const result = await spec.handle(input);
        reply.code(result.status);
        if (result.file) reply.type(result.file.contentType).header('content-disposition', `attachment; filename="${result.file.name}"`);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }
  const openapi = openApiDocument(routes, options.version);
  app.get('/api/openapi.json', async () => openapi);

  await serveScreens(app, options.screensDir);
  return app;
}
