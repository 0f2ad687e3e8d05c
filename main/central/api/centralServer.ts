// The central service's HTTP face, with the hub's boundary rules: every input parsed with its shared schema, the
// access table checked before a handler runs, the hub's security headers and strict CSP, every failure { error, code }.
import Fastify, { type FastifyInstance } from 'fastify';
import { checkOrigin } from '../../api/access.ts';
import { answerFailures } from '../../api/failureAnswers.ts';
import { HttpError } from '../../api/httpError.ts';
import { parseInput } from '../../api/validate.ts';
import { addSecurityHeaders } from '../../api/securityHeaders.ts';
import { pageOf, serveAssets } from '../../api/screens.ts';
import { createAuthGuards } from '../../auth/guards.ts';
import type { RouteSpec } from '../../api/route.ts';
import { centralAccessOf } from './centralAccess.ts';
import { authoriseCentral, identifyCentral, type CentralPrincipal } from './centralPrincipal.ts';
import type { CentralRouteContext } from './centralRoute.ts';
import { centralAuthRoutes } from './routes/centralAuthRoutes.ts';
import { siteRoutes } from './routes/siteRoutes.ts';
import { pushRoutes } from './routes/pushRoutes.ts';
import { figureRoutes } from './routes/figureRoutes.ts';

export interface CentralServerOptions extends Omit<CentralRouteContext, 'guards'> {
  apiToken: string;
  screensDir: string;
}

export function centralRoutes(ctx: CentralRouteContext): RouteSpec<CentralPrincipal>[] {
  return [...centralAuthRoutes(ctx), ...siteRoutes(ctx), ...pushRoutes(ctx), ...figureRoutes(ctx)];
}

export async function createCentralServer(options: CentralServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024, onProtoPoisoning: 'error', onConstructorPoisoning: 'error', return503OnClosing: true });
  addSecurityHeaders(app);
  app.removeContentTypeParser('text/plain');
  answerFailures(app, options.log);
  const ctx: CentralRouteContext = { ...options, guards: createAuthGuards(options.clock) };
  for (const spec of centralRoutes(ctx)) {
    const access = centralAccessOf(spec.method, spec.url);
    app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      handler: async (request, reply) => {
        if (spec.method === 'POST') checkOrigin(request);
        const principal = await identifyCentral(options.db, request, options.apiToken);
        authoriseCentral(access, principal);
        if (!spec.body && request.body !== undefined && request.body !== null) throw new HttpError(400, 'unexpected-body', `${spec.method} ${spec.url} takes no body`);
        const result = await spec.handle({
          params: spec.params ? parseInput(spec.params, request.params, 'path') : undefined,
          query: spec.query ? parseInput(spec.query, request.query, 'query') : undefined,
          body: spec.body ? parseInput(spec.body, request.body, 'body') : undefined,
          principal,
          ip: request.ip,
          secure: request.protocol === 'https',
        });
        reply.code(result.status);
        if (result.cookies) reply.header('set-cookie', result.cookies);
        if (result.file) reply.type(result.file.contentType).header('content-disposition', `attachment; filename="${result.file.name}"`);
        return result.body === undefined ? reply.send() : reply.send(result.body);
      },
    });
  }
  await serveAssets(app, options.screensDir);
  app.get('/central', pageOf(options.screensDir, 'central'));
  app.get('/', async (_request, reply) => reply.redirect('/central'));
  return app;
}
