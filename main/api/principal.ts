// Who is asking, worked out once per request from what it carries: the hub's API token (Bearer or ?token=), a
// device credential (Bearer, for non-browser clients), or the browser's session or device cookie. An explicit
// credential that matches nothing is reported as such, so the 401 says what was wrong.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { HubContext } from '../context.ts';
import type { Role } from '../../common/schemas/auth.ts';
import { sessionUser, type SessionUser } from '../auth/sessions.ts';
import { deviceByCredential, type DevicePrincipal } from '../auth/devices.ts';
import { DEVICE_COOKIE, readCookie, SESSION_COOKIE } from './cookies.ts';

export type Principal =
  | { kind: 'api-token' }
  /** `session` is the cookie's credential, so logout can end exactly this session. */
  | { kind: 'user'; user: SessionUser; session: string }
  | { kind: 'device'; device: DevicePrincipal }
  | { kind: 'anonymous'; rejected: 'token' | 'session' | 'device' | null };

/** `Authorization: Bearer T`, or `?token=T` on a screen or WebSocket URL. */
function explicitCredential(request: FastifyRequest): string | undefined {
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

export function identify(ctx: HubContext, request: FastifyRequest, apiToken: string): Principal {
  const explicit = explicitCredential(request);
  if (explicit !== undefined) {
    if (sameSecret(explicit, apiToken)) return { kind: 'api-token' };
    const device = deviceByCredential(ctx, explicit);
    return device ? { kind: 'device', device } : { kind: 'anonymous', rejected: 'token' };
  }
  const session = readCookie(request.headers.cookie, SESSION_COOKIE);
  const user = session === undefined ? undefined : sessionUser(ctx, session);
  if (user) return { kind: 'user', user, session: session! };
  const deviceCredential = readCookie(request.headers.cookie, DEVICE_COOKIE);
  const device = deviceCredential === undefined ? undefined : deviceByCredential(ctx, deviceCredential);
  if (device) return { kind: 'device', device };
  return { kind: 'anonymous', rejected: session !== undefined ? 'session' : deviceCredential !== undefined ? 'device' : null };
}

/** The roles a principal acts in; the API token acts in all of them. */
export function rolesOf(principal: Principal): readonly Role[] {
  switch (principal.kind) {
    case 'api-token':
      return ['admin', 'staff', 'kiosk', 'display', 'survey'];
    case 'user':
      return [principal.user.role];
    case 'device':
      return [principal.device.role];
    case 'anonymous':
      return [];
  }
}

export const hasRole = (principal: Principal, ...roles: Role[]): boolean => rolesOf(principal).some((role) => roles.includes(role));

/** How the principal is named in a refusal: "signed in as staff (anna)". */
export function describePrincipal(principal: Principal): string {
  switch (principal.kind) {
    case 'api-token':
      return 'the API token';
    case 'user':
      return `${principal.user.role} (${principal.user.username})`;
    case 'device':
      return `the ${principal.device.role} device "${principal.device.name}"`;
    case 'anonymous':
      return 'nobody';
  }
}
