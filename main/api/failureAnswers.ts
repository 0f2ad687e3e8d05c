// How a server of Lotsa's (the hub, the central service) answers what went wrong: every failure, Fastify's own
// included, becomes { error, code } with its status; an unexpected one is logged in full and described to nobody.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { describeError } from './httpError.ts';

/** The URL as the log may show it: a `?token=` credential is an API token or a device's, never written down. */
export function withoutSecrets(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[hidden]');
}

/** `committed`: whether the request's change was already stored when it failed (main/events/writeScope.ts). */
export function answerFailures(app: FastifyInstance, log: (line: string) => void, committed: (request: FastifyRequest) => boolean = () => false): void {
  app.setErrorHandler((error, request, reply) => {
    const { status, code, message, unexpected, details } = describeError(error, committed(request));
    if (unexpected) log(`error on ${request.method} ${withoutSecrets(request.url)}: ${(error as Error).stack ?? String(error)}`);
    if (typeof details?.retryAfterSeconds === 'number') reply.header('retry-after', String(details.retryAfterSeconds));
    return reply.code(status).send({ ...details, error: message, code });
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `no such endpoint: ${request.method} ${request.url.split('?')[0]}`, code: 'no-such-endpoint' }));
}
