// The central service's administrators and their login sessions, in PostgreSQL. Passwords are scrypt hashes
// (main/auth/scryptHash.ts); a session is a random credential in an HttpOnly cookie with only its SHA-256 stored,
// ending at logout or after a working day, like the hub's (main/auth/sessions.ts).
import type { CentralDb } from '../db/centralDb.ts';
import { inTransaction } from '../db/centralDb.ts';
import { hashSecret, secretMatches } from '../../auth/scryptHash.ts';
import { dummyHash } from '../../auth/users.ts';
import { credentialHash, newCredential } from '../../auth/secrets.ts';
import { SESSION_HOURS } from '../../auth/sessions.ts';
import { usernameKey } from '../../../common/text/username.ts';
import { HttpError } from '../../api/httpError.ts';

export interface CentralAdmin {
  id: number;
  username: string;
}

export async function countAdmins(db: CentralDb): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*) AS n FROM central_admins')).rows[0]!.n;
}

/** The first administrator, made with the setup code; refused once any exists, even when two try at once. */
export async function createFirstAdmin(db: CentralDb, username: string, password: string): Promise<CentralAdmin> {
  const hash = await hashSecret(password);
  return inTransaction(db, async (client) => {
    await client.query('LOCK TABLE central_admins IN EXCLUSIVE MODE');
    const existing = (await client.query<{ n: number }>('SELECT count(*) AS n FROM central_admins')).rows[0]!.n;
    if (existing > 0) throw new HttpError(409, 'setup-done', 'the first administrator exists already: log in');
    const row = await client.query<CentralAdmin>('INSERT INTO central_admins (username, username_key, password_hash) VALUES ($1, $2, $3) RETURNING id, username', [username, usernameKey(username), hash]);
    return row.rows[0]!;
  });
}

export async function checkAdminPassword(db: CentralDb, username: string, password: string): Promise<CentralAdmin | undefined> {
  const row = (await db.query<CentralAdmin & { password_hash: string }>('SELECT id, username, password_hash FROM central_admins WHERE username_key = $1', [usernameKey(username)])).rows[0];
  const matches = await secretMatches(password, row?.password_hash ?? (await dummyHash()));
  return row && matches ? { id: row.id, username: row.username } : undefined;
}

export async function startAdminSession(db: CentralDb, adminId: number): Promise<{ credential: string; maxAgeSeconds: number }> {
  const credential = newCredential();
  await db.query('DELETE FROM central_sessions WHERE expires_at <= now()');
  await db.query(`INSERT INTO central_sessions (token_hash, admin_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [credentialHash(credential), adminId, SESSION_HOURS]);
  return { credential, maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function sessionAdmin(db: CentralDb, credential: string): Promise<CentralAdmin | undefined> {
  const found = await db.query<CentralAdmin>(
    'SELECT a.id, a.username FROM central_sessions s JOIN central_admins a ON a.id = s.admin_id WHERE s.token_hash = $1 AND s.expires_at > now()',
    [credentialHash(credential)],
  );
  return found.rows[0];
}

export async function endAdminSession(db: CentralDb, credential: string): Promise<void> {
  await db.query('DELETE FROM central_sessions WHERE token_hash = $1', [credentialHash(credential)]);
}
