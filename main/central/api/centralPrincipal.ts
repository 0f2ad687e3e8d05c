// Who is asking the central service: its API token or a site's token (Bearer), or an administrator's session cookie.
// Its cookie has a name of its own: a hub and the central service on one host (cookies ignore the port) never
// overwrite each other's session.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { CentralDb } from '../db/centralDb.ts';
import { sessionAdmin, type CentralAdmin } from '../auth/admins.ts';
import { siteByToken } from '../sites.ts';
import { readCookie } from '../../api/cookies.ts';
import { HttpError } from '../../api/httpError.ts';

export const CENTRAL_SESSION_COOKIE = 'lotsa_central_session';

export type CentralPrincipal =
  | { kind: 'api-token' }
  | { kind: 'admin'; admin: CentralAdmin; session: string }
  | { kind: 'site'; site: { id: number; name: string } }
  | { kind: 'anonymous'; rejected: 'token' | 'session' | null };

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function identifyCentral(db: CentralDb, request: FastifyRequest, apiToken: string): Promise<CentralPrincipal> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = header.slice('Bearer '.length).trim();
    if (sameSecret(token, apiToken)) return { kind: 'api-token' };
    const site = await siteByToken(db, token);
    return site ? { kind: 'site', site } : { kind: 'anonymous', rejected: 'token' };
  }
  const session = readCookie(request.headers.cookie, CENTRAL_SESSION_COOKIE);
  const admin = session === undefined ? undefined : await sessionAdmin(db, session);
  if (admin) return { kind: 'admin', admin, session: session! };
  return { kind: 'anonymous', rejected: session !== undefined ? 'session' : null };
}

/** Who may call a central route: anyone, administrators (and the API token), sites, or either. */
export type CentralAccess = 'open' | 'admin' | 'site' | 'site-or-admin';

const allowed: Record<Exclude<CentralAccess, 'open'>, readonly CentralPrincipal['kind'][]> = {
  admin: ['admin', 'api-token'],
  site: ['site'],
  'site-or-admin': ['site', 'admin', 'api-token'],
};

const describe = { 'api-token': 'the API token', admin: 'an administrator', site: 'a site token', anonymous: 'nobody' };

export function authoriseCentral(access: CentralAccess, principal: CentralPrincipal): void {
  if (access === 'open') return;
  if (principal.kind === 'anonymous') {
    if (principal.rejected === 'token') throw new HttpError(401, 'token-invalid', "the token is neither this central service's API token nor a site's (a replaced or revoked site token stops working)");
    if (principal.rejected === 'session') throw new HttpError(401, 'session-ended', 'your session has ended: log in again');
    throw new HttpError(401, 'sign-in-required', 'log in as a central administrator, or send "Authorization: Bearer <token>"');
  }
  if (!allowed[access].includes(principal.kind)) throw new HttpError(403, 'wrong-role', `this is for ${access === 'site' ? 'a site token' : 'central administrators'}; the request comes from ${describe[principal.kind]}`);
}
