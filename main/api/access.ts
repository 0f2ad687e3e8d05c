// The access check at the boundary: a request's principal against the roles the access table gives its route.
// No credential (or one that matches nothing) is a 401 that says how to sign in; the wrong role is a 403.
import type { FastifyRequest } from 'fastify';
import type { Access } from './accessTable.ts';
import { HttpError } from './httpError.ts';
import { describePrincipal, hasRole, type Principal } from './principal.ts';

const rejectedCode = { token: 'token-invalid', session: 'session-ended', device: 'device-unpaired' } as const;

const rejectedMessage = {
  token: 'the token is not valid for this hub (or the device it belonged to was revoked)',
  session: 'your session has ended: log in again',
  device: 'this screen is no longer paired: ask an administrator for a new pairing code',
};

export function authorise(access: Access, principal: Principal): void {
  if (access.roles === 'open') return;
  if (principal.kind === 'anonymous') {
    if (principal.rejected) throw new HttpError(401, rejectedCode[principal.rejected], rejectedMessage[principal.rejected]);
    throw new HttpError(401, 'sign-in-required', `this needs one of these roles: ${access.roles.join(', ')}. Log in, pair this screen, or send "Authorization: Bearer <API token>"`);
  }
  if (!hasRole(principal, ...access.roles)) {
    throw new HttpError(403, 'wrong-role', `this needs one of these roles: ${access.roles.join(', ')}; the request comes from ${describePrincipal(principal)}`);
  }
}

/**
 * A browser sends Origin on every POST and WebSocket upgrade. One that names another site is a page elsewhere
 * trying to act with this browser's cookies (or a hostile page reaching a display's stream): refused. Clients
 * that send no Origin (scripts, integrations) authenticate by token instead.
 */
export function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new HttpError(403, 'foreign-origin', `the Origin header "${origin}" is not a web address`);
  }
  if (host !== request.host) throw new HttpError(403, 'foreign-origin', `requests from ${origin} are refused: the screens must be opened from this hub's own address`);
}
