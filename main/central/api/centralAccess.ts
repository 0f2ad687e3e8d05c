// Who may call what on the central service, in one table to read and audit (like the hub's main/api/accessTable.ts).
// The server refuses to start with a route missing from it.
import type { CentralAccess } from './centralPrincipal.ts';

export const CENTRAL_ACCESS: Readonly<Record<string, CentralAccess>> = {
  'GET /api/health': 'open',
  'GET /api/auth/status': 'open',
  'POST /api/auth/login': 'open',
  'POST /api/auth/logout': 'open',
  'POST /api/auth/setup': 'open',

  'GET /api/sites': 'admin',
  'POST /api/sites': 'admin',
  'POST /api/sites/:id/token': 'admin',
  'POST /api/sites/:id/revoke': 'admin',

  // The token decides the site: a batch carries no site id, so a site can only ever write its own rows.
  'POST /api/central/push': 'site',
  'GET /api/central/survey-questions': 'site-or-admin',
  'POST /api/central/survey-questions': 'admin',

  'GET /api/central/summary': 'admin',
  'GET /api/central/by-day': 'admin',
  'GET /api/central/by-hour': 'admin',
  'GET /api/central/summary.csv': 'admin',
};

export function centralAccessOf(method: string, url: string): CentralAccess {
  const access = CENTRAL_ACCESS[`${method} ${url}`];
  if (!access) throw new Error(`${method} ${url} has no row in main/central/api/centralAccess.ts`);
  return access;
}
