// A login session: a random credential in an HttpOnly cookie, its hash in the database. Sessions end at logout, when
// the account changes, or after a working day, so a desk PC left logged in overnight is logged out by morning.
import type { HubContext } from '../context.ts';
import type { UserRole } from '../../common/schemas/auth.ts';
import { credentialHash, newCredential } from './secrets.ts';

export const SESSION_HOURS = 12;
const SESSION_MS = SESSION_HOURS * 3600_000;

export interface SessionUser {
  id: number;
  username: string;
  role: UserRole;
}

export function startSession(ctx: HubContext, userId: number): { credential: string; maxAgeSeconds: number } {
  const credential = newCredential();
  const now = ctx.clock();
  ctx.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now);
  ctx.db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(credentialHash(credential), userId, now, now + SESSION_MS);
  return { credential, maxAgeSeconds: SESSION_MS / 1000 };
}

export function sessionUser(ctx: HubContext, credential: string): SessionUser | undefined {
  return ctx.db
    .prepare<[string, number], SessionUser>(
      `SELECT users.id, users.username, users.role FROM sessions JOIN users ON users.id = sessions.user_id
       WHERE sessions.token_hash = ? AND sessions.expires_at > ? AND users.disabled_at IS NULL`,
    )
    .get(credentialHash(credential), ctx.clock());
}

export function endSession(ctx: HubContext, credential: string): void {
  ctx.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(credentialHash(credential));
}

export function endSessionsOf(ctx: HubContext, userId: number): void {
  ctx.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
}
