// Staff and admin accounts. Passwords are hashed before the write transaction (scrypt takes a fifth of a second, and
// the one writer must not wait on it); every change is an event, so the event log is also the audit trail.
import type { HubContext } from '../context.ts';
import type { CreateUserBody, UpdateUserBody, User, UserRole } from '../../common/schemas/auth.ts';
import { conflict, notFound } from '../problems.ts';
import { hashSecret, secretMatches } from './scryptHash.ts';
import { endSessionsOf } from './sessions.ts';
import { usernameKey } from '../../common/text/username.ts';

export interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  role: UserRole;
  created_at: number;
  disabled_at: number | null;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  role: row.role,
  createdAt: new Date(row.created_at).toISOString(),
  disabled: row.disabled_at !== null,
});

function userRow(ctx: HubContext, id: number): UserRow {
  const row = ctx.db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?').get(id);
  if (!row) throw notFound('user-not-found', `there is no user with id ${id}`);
  return row;
}

/** The account a typed name means: names are compared by their NFKC case-folded key (common/text/username.ts), so
 *  "ADMIN" and fullwidth "ａｄｍｉｎ" are "admin". A centre has tens of accounts, so reading them all is cheap. */
function userRowByName(ctx: HubContext, username: string): UserRow | undefined {
  const key = usernameKey(username);
  return ctx.db.prepare<[], UserRow>('SELECT * FROM users').all().find((row) => usernameKey(row.username) === key);
}

export function countUsers(ctx: HubContext): number {
  return ctx.db.prepare<[], number>('SELECT count(*) FROM users').pluck().get()!;
}

export function listUsers(ctx: HubContext): User[] {
  return ctx.db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username').all().map(toUser);
}

export async function createUser(ctx: HubContext, body: CreateUserBody): Promise<User> {
  const passwordHash = await hashSecret(body.password);
  return ctx.writer.write((emit, now) => {
    if (userRowByName(ctx, body.username)) throw conflict('username-taken', `the username "${body.username}" is taken`);
    const id = Number(
      ctx.db.prepare('INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)').run(body.username, passwordHash, body.role, now).lastInsertRowid,
    );
    const user = toUser(userRow(ctx, id));
    emit({ type: 'user.created', user });
    return user;
  });
}

/** The first administrator, made with the setup code; refused once any account exists. */
export async function createFirstAdmin(ctx: HubContext, username: string, password: string): Promise<User> {
  const passwordHash = await hashSecret(password);
  return ctx.writer.write((emit, now) => {
    if (countUsers(ctx) > 0) throw conflict('setup-done', 'the first administrator exists already: log in, or ask an administrator for an account');
    const id = Number(ctx.db.prepare(`INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, 'admin', ?)`).run(username, passwordHash, now).lastInsertRowid);
    const user = toUser(userRow(ctx, id));
    emit({ type: 'user.created', user });
    return user;
  });
}

export async function updateUser(ctx: HubContext, id: number, body: UpdateUserBody): Promise<User> {
  const passwordHash = body.password === undefined ? undefined : await hashSecret(body.password);
  return ctx.writer.write((emit, now) => {
    const before = userRow(ctx, id);
    const activeAdmins = ctx.db.prepare<[], number>(`SELECT count(*) FROM users WHERE role = 'admin' AND disabled_at IS NULL`).pluck();
    const adminsBefore = activeAdmins.get()!;
    const role = body.role ?? before.role;
    const disabledAt = body.disabled === undefined ? before.disabled_at : body.disabled ? (before.disabled_at ?? now) : null;
    ctx.db.prepare('UPDATE users SET role = ?, disabled_at = ?, password_hash = ? WHERE id = ?').run(role, disabledAt, passwordHash ?? before.password_hash, id);
    // Rolled back with the transaction: a centre locked out of its own settings cannot fix it from any screen.
    if (adminsBefore > 0 && activeAdmins.get() === 0) throw conflict('last-admin', 'this would leave no active administrator; make someone else an administrator first');
    // A new password, a lower role or a disabled account ends the sessions already open with the old rights.
    if (passwordHash !== undefined || role !== before.role || disabledAt !== null) endSessionsOf(ctx, id);
    const user = toUser(userRow(ctx, id));
    emit({ type: 'user.updated', user });
    return user;
  });
}

/** The account for a login, or undefined for a wrong name, a wrong password or a disabled account alike. */
export async function checkPassword(ctx: HubContext, username: string, password: string): Promise<User | undefined> {
  const row = userRowByName(ctx, username);
  // An unknown name costs the same scrypt time as a known one, so timing does not tell which names exist.
  const matches = await secretMatches(password, row?.password_hash ?? (await dummyHash()));
  return row && matches && row.disabled_at === null ? toUser(row) : undefined;
}

let dummy: Promise<string> | undefined;
/** The hash an unknown name is checked against, so a wrong name costs the same scrypt time as a wrong password. */
export const dummyHash = () => (dummy ??= hashSecret('no account has this password'));
