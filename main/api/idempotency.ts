// Idempotency-Key (the IETF draft that Stripe's API made common): a kiosk whose answer was lost sends its tap again
// with the same key and gets the first answer back, status and body, while nothing changes a second time. Keys are
// per caller (one device, one account, the API token) and kept 24 h. The key is bound to the change inside the
// change's own transaction; an answer known before that transaction commits (every desk action, a survey) is stored
// in it too, and a ticket's answer, which waits for the printer after the commit, right after that wait.
// Refusals change nothing and are not kept: sent again, the request is simply tried again.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HubContext } from '../context.ts';
import { HttpError } from './httpError.ts';
import type { Principal } from './principal.ts';
import type { Reply } from './route.ts';
import type { WriteScope } from '../events/writeScope.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEPT_MS = 24 * 60 * 60 * 1000;
/** Visible ASCII: a UUID, a random hex string, anything a client's library makes. */
const KEY_FORMAT = /^[\x21-\x7e]{1,100}$/;

interface StoredRow {
  fingerprint: string;
  status: number | null;
  body: string | null;
}

export interface IdempotentRequest {
  /** Binds the key to the change: run inside the change's transaction (WriteScope.beside). */
  claim: (nowMs: number) => void;
  /** Stores the answer; inside the change's transaction when it is known there. */
  record: (reply: Reply) => void;
}

function callerOf(principal: Principal, ip: string): string {
  switch (principal.kind) {
    case 'api-token':
      return 'api-token';
    case 'user':
      return `user:${principal.user.id}`;
    case 'device':
      return `device:${principal.device.id}`;
    case 'anonymous':
      return `address:${ip}`;
  }
}

/** The request a key was first used for: method, path and body as sent. */
function fingerprintOf(request: FastifyRequest): string {
  const path = request.url.split('?')[0];
  return createHash('sha256')
    .update(`${request.method} ${path}\n${JSON.stringify(request.body ?? null)}`)
    .digest('base64url');
}

/** The header's key, or undefined when the request carries none; 400 when it is not a key. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers[IDEMPOTENCY_HEADER];
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY_FORMAT.test(header)) {
    throw new HttpError(400, 'idempotency-key-invalid', 'the Idempotency-Key header is 1 to 100 visible ASCII characters (a UUID, say), sent once');
  }
  return header;
}

/** Sends the first answer when this caller used this key within 24 h, and returns null; otherwise the hooks that store
 *  the answer of the request now to be run. */
export function replayOrBegin(ctx: HubContext, request: FastifyRequest, reply: FastifyReply, key: string, principal: Principal): IdempotentRequest | null {
  const caller = callerOf(principal, request.ip);
  const fingerprint = fingerprintOf(request);
  const since = ctx.clock() - KEPT_MS;
  const stored = ctx.db
    .prepare<[string, string, number], StoredRow>('SELECT fingerprint, status, body FROM idempotent_requests WHERE caller = ? AND key = ? AND created_at > ?')
    .get(caller, key, since);
  if (stored) {
    if (stored.fingerprint !== fingerprint) {
      throw new HttpError(422, 'idempotency-key-reused', 'this Idempotency-Key was already used for a different request; send a new key with each new action');
    }
    if (stored.status === null) {
      throw new HttpError(409, 'idempotent-request-unfinished', 'the first request with this Idempotency-Key made its change and is still being answered; try again in a moment', { retryAfterSeconds: 1 });
    }
    reply.code(stored.status).header('idempotent-replayed', 'true');
    if (stored.body === null) reply.send();
    else reply.type('application/json; charset=utf-8').send(stored.body);
    return null;
  }
  let claimed = false;
  const claim = (nowMs: number) => {
    if (claimed) return;
    // An expired row gives way, so its key may be used again.
    ctx.db.prepare('DELETE FROM idempotent_requests WHERE created_at <= ?').run(nowMs - KEPT_MS);
    ctx.db.prepare('INSERT INTO idempotent_requests (caller, key, fingerprint, created_at) VALUES (?, ?, ?, ?)').run(caller, key, fingerprint, nowMs);
    claimed = true;
  };
  const record = (answer: Reply) => {
    claim(ctx.clock());
    ctx.db
      .prepare('UPDATE idempotent_requests SET status = ?, body = ? WHERE caller = ? AND key = ?')
      .run(answer.status, answer.body === undefined ? null : JSON.stringify(answer.body), caller, key);
  };
  return { claim, record };
}

/** Runs a route's handler for an idempotent request: the key bound in the change's transaction, the answer stored in
 *  it when the handler is synchronous, else as soon as it is known. */
export async function runIdempotent(ctx: HubContext, scope: WriteScope, begun: IdempotentRequest, handle: () => Reply | Promise<Reply>): Promise<Reply> {
  scope.beside = begun.claim;
  const pending = ctx.writer.together(() => {
    const answer = handle();
    if (!(answer instanceof Promise)) begun.record(answer);
    return answer;
  });
  if (!(pending instanceof Promise)) return pending;
  const answer = await pending;
  begun.record(answer);
  return answer;
}
