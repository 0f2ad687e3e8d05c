// Who may call what, decided in one place. Today there is one credential, the hub's API token, with full rights;
// the roles a route names (open, staff, admin) are where logins and paired devices plug in later.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './httpError.ts';

export type Access = 'open' | 'staff' | 'admin';

/** The credential a request carries: `Authorization: Bearer T`, or `?token=T` on a screen or WebSocket URL. */
export function credentialOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const token = (request.query as Record<string, unknown> | undefined)?.token;
  return typeof token === 'string' && token.length > 0 ? token : undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function authorise(access: Access, request: FastifyRequest, apiToken: string): void {
  if (access === 'open') return;
  const credential = credentialOf(request);
  if (credential === undefined) {
    throw new HttpError(401, `this needs ${access} rights: send "Authorization: Bearer <token>" or open the screen with ?token=<token>`);
  }
  if (!sameSecret(credential, apiToken)) throw new HttpError(401, 'the token is not valid for this hub');
}

/** Whether the request carries the hub's token: an open route (the event stream) then shows staff-only things too. */
export function hasStaffRights(request: FastifyRequest, apiToken: string): boolean {
  const credential = credentialOf(request);
  return credential !== undefined && sameSecret(credential, apiToken);
}
