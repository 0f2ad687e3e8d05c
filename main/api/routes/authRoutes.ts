// Signing in and out, the first administrator, and a screen asking who it is. All open: they are how a caller gets
// a credential in the first place, and each guards itself against guessing.
import type { HubContext } from '../../context.ts';
import { AuthStatus, LoginBody, SetupBody, SignedIn } from '../../../common/schemas/auth.ts';
import { ErrorBody } from '../../../common/schemas/common.ts';
import { normaliseReadableCode } from '../../../common/readableCode.ts';
import { checkPassword, countUsers, createFirstAdmin } from '../../auth/users.ts';
import { endSession, startSession } from '../../auth/sessions.ts';
import { reserveAttempt, settleAttempt, type AuthGuards, type Watcher } from '../../auth/guards.ts';
import { SlotRefused } from '../../auth/hashSlots.ts';
import { clearCookie, SESSION_COOKIE, setCookie } from '../cookies.ts';
import { HttpError, tooManyRequests } from '../httpError.ts';
import { NoBody, noContent, ok, route, type Reply, type RouteSpec } from '../route.ts';
import { usernameKey } from '../../../common/text/username.ts';

export interface AuthRouteOptions {
  guards: AuthGuards;
  setupCode: string;
}

const refusals = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 429: ErrorBody, 503: ErrorBody };

/** A password hash in its turn (guards.hashing); a full wait is a prompt refusal that the client may retry. Shared
 *  with the central service's login. */
export async function inTurn<T>(guards: AuthGuards, ip: string, hash: () => Promise<T>): Promise<T> {
  try {
    return await guards.hashing.run(ip, hash);
  } catch (error) {
    if (!(error instanceof SlotRefused)) throw error;
    if (error.reason === 'caller-busy') throw tooManyRequests('too-many-at-once', 'too many sign-ins at once from this address', 1000);
    throw new HttpError(503, 'hub-busy', 'the hub is checking too many passwords at once; try again in 1 s', { retryAfterSeconds: 1 });
  }
}

/** A password check behind the guessing guards (by name and by address), in its turn; the one who is signed in, or a
 *  401 or 429. Shared with the central service's login. */
export async function guardedLogin<T>(guards: AuthGuards, ip: string, username: string, check: () => Promise<T | undefined>): Promise<T> {
  const byName: Watcher = [guards.loginByName, `${ip}|${usernameKey(username)}`];
  const byAddress: Watcher = [guards.loginByAddress, ip];
  const waitMs = reserveAttempt(byName, byAddress);
  if (waitMs > 0) throw tooManyRequests('too-many-attempts', 'too many wrong passwords', waitMs);
  let who: T | undefined;
  try {
    who = await inTurn(guards, ip, check);
  } catch (error) {
    settleAttempt('released', byName, byAddress);
    throw error;
  }
  if (!who) {
    settleAttempt('failed', byName, byAddress);
    throw new HttpError(401, 'wrong-credentials', 'wrong username or password');
  }
  // The name's wrong tries are forgotten; the address's are not, or a sweep over names could reset them by signing
  // in to the guesser's own account now and then.
  settleAttempt('succeeded', byName);
  settleAttempt('released', byAddress);
  return who;
}

/** The answer that signs a person in: who they are (never more of the account), and the session cookie. */
function signedIn(ctx: HubContext, { id, username, role }: SignedIn['user'], secure: boolean, status: 200 | 201): Reply {
  const session = startSession(ctx, id);
  return { status, body: { user: { id, username, role } }, cookies: [setCookie(SESSION_COOKIE, session.credential, session.maxAgeSeconds, secure)] };
}

export function authRoutes(ctx: HubContext, { guards, setupCode }: AuthRouteOptions): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/auth/status',
      summary: 'Who the request is from: a signed-in person, a paired device, the API token, or nobody; and whether the first administrator is still to be created',
      responses: { 200: AuthStatus },
      handle: ({ principal }) =>
        ok({
          user: principal.kind === 'user' ? principal.user : null,
          device: principal.kind === 'device' ? principal.device : null,
          apiToken: principal.kind === 'api-token',
          setupNeeded: countUsers(ctx) === 0,
        }),
    }),
    route({
      method: 'POST',
      url: '/api/auth/login',
      summary: 'Sign in with a username and password; sets the HttpOnly session cookie (12 hours). 429 with retryAfterSeconds after repeated wrong passwords (attempts in parallel count as if one after another) or too many at once from one address; 503 while the hub checks too many passwords at once',
      body: LoginBody,
      responses: { 200: SignedIn, ...refusals },
      handle: async ({ body, ip, secure }) => {
        const user = await guardedLogin(guards, ip, body.username, () => checkPassword(ctx, body.username.trim(), body.password));
        return signedIn(ctx, user, secure, 200);
      },
    }),
    route({
      method: 'POST',
      url: '/api/auth/logout',
      summary: 'End this browser’s session and remove its cookie',
      body: NoBody,
      responses: { 204: null },
      handle: ({ principal, secure }) => {
        if (principal.kind === 'user') endSession(ctx, principal.session);
        return { ...noContent(), cookies: [clearCookie(SESSION_COOKIE, secure)] };
      },
    }),
    route({
      method: 'POST',
      url: '/api/auth/setup',
      summary: 'Create the first administrator with the one-time setup code the hub printed at start; 409 once any account exists',
      body: SetupBody,
      responses: { 201: SignedIn, 409: ErrorBody, ...refusals },
      handle: async ({ body, ip, secure }) => {
        if (countUsers(ctx) > 0) throw new HttpError(409, 'setup-done', 'the first administrator exists already: log in, or ask an administrator for an account');
        const setup: Watcher = [guards.codes, `setup|${ip}`];
        const waitMs = reserveAttempt(setup);
        if (waitMs > 0) throw tooManyRequests('too-many-attempts', 'too many wrong setup codes', waitMs);
        if (normaliseReadableCode(body.setupCode) !== normaliseReadableCode(setupCode)) {
          settleAttempt('failed', setup);
          throw new HttpError(401, 'setup-code-wrong', 'that is not the setup code the hub printed when it started');
        }
        settleAttempt('succeeded', setup);
        return signedIn(ctx, await inTurn(guards, ip, () => createFirstAdmin(ctx, body.username, body.password)), secure, 201);
      },
    }),
  ];
}
