// The central administrators' sign-in: status, login, logout and the first administrator with the setup code the
// service printed at its first start. Guarded against guessing exactly like the hub's (main/api/routes/authRoutes.ts).
import { AuthStatus, LoginBody, SetupBody, SignedIn } from '../../../../common/schemas/auth.ts';
import { ErrorBody } from '../../../../common/schemas/common.ts';
import { normaliseReadableCode } from '../../../../common/readableCode.ts';
import { reserveAttempt, settleAttempt, type Watcher } from '../../../auth/guards.ts';
import { guardedLogin, inTurn } from '../../../api/routes/authRoutes.ts';
import { clearCookie, setCookie } from '../../../api/cookies.ts';
import { HttpError, tooManyRequests } from '../../../api/httpError.ts';
import { NoBody, noContent, ok, type Reply } from '../../../api/route.ts';
import { checkAdminPassword, countAdmins, createFirstAdmin, endAdminSession, startAdminSession, type CentralAdmin } from '../../auth/admins.ts';
import { CENTRAL_SESSION_COOKIE } from '../centralPrincipal.ts';
import { centralRoute, type CentralRouteContext } from '../centralRoute.ts';

const refusals = { 400: ErrorBody, 401: ErrorBody, 429: ErrorBody, 503: ErrorBody };

async function signedIn({ db }: CentralRouteContext, admin: CentralAdmin, secure: boolean, status: 200 | 201): Promise<Reply> {
  const session = await startAdminSession(db, admin.id);
  return { status, body: { user: { id: admin.id, username: admin.username, role: 'admin' } }, cookies: [setCookie(CENTRAL_SESSION_COOKIE, session.credential, session.maxAgeSeconds, secure)] };
}

export function centralAuthRoutes(ctx: CentralRouteContext) {
  const { db, guards, setupCode } = ctx;
  return [
    centralRoute({
      method: 'GET',
      url: '/api/auth/status',
      summary: 'Who the request is from (an administrator, the API token, or nobody), and whether the first administrator is still to be created',
      responses: { 200: AuthStatus },
      handle: async ({ principal }) =>
        ok({
          user: principal.kind === 'admin' ? { ...principal.admin, role: 'admin' } : null,
          device: null,
          apiToken: principal.kind === 'api-token',
          setupNeeded: (await countAdmins(db)) === 0,
        }),
    }),
    centralRoute({
      method: 'POST',
      url: '/api/auth/login',
      summary: 'Sign in as a central administrator; sets the HttpOnly session cookie (12 hours). 429 after repeated wrong passwords',
      body: LoginBody,
      responses: { 200: SignedIn, ...refusals },
      handle: async ({ body, ip, secure }) => {
        const admin = await guardedLogin(guards, ip, body.username, () => checkAdminPassword(db, body.username.trim(), body.password));
        return signedIn(ctx, admin, secure, 200);
      },
    }),
    centralRoute({
      method: 'POST',
      url: '/api/auth/logout',
      summary: 'End this browser’s session and remove its cookie',
      body: NoBody,
      responses: { 204: null },
      handle: async ({ principal, secure }) => {
        if (principal.kind === 'admin') await endAdminSession(db, principal.session);
        return { ...noContent(), cookies: [clearCookie(CENTRAL_SESSION_COOKIE, secure)] };
      },
    }),
    centralRoute({
      method: 'POST',
      url: '/api/auth/setup',
      summary: 'Create the first central administrator with the one-time setup code the service printed at start; 409 once one exists',
      body: SetupBody,
      responses: { 201: SignedIn, 409: ErrorBody, ...refusals },
      handle: async ({ body, ip, secure }) => {
        if ((await countAdmins(db)) > 0) throw new HttpError(409, 'setup-done', 'the first administrator exists already: log in');
        const setup: Watcher = [guards.codes, `setup|${ip}`];
        const waitMs = reserveAttempt(setup);
        if (waitMs > 0) throw tooManyRequests('too-many-attempts', 'too many wrong setup codes', waitMs);
        if (normaliseReadableCode(body.setupCode) !== normaliseReadableCode(setupCode)) {
          settleAttempt('failed', setup);
          throw new HttpError(401, 'setup-code-wrong', 'that is not the setup code the central service printed when it started');
        }
        settleAttempt('succeeded', setup);
        return signedIn(ctx, await inTurn(guards, ip, () => createFirstAdmin(db, body.username, body.password)), secure, 201);
      },
    }),
  ];
}
