// Paired screens. An admin registers a kiosk, display or survey screen and gets a short pairing code; typed once on
// that screen, the code is swapped for a long device credential kept in an HttpOnly cookie. The code is single use
// and short-lived; revoking a device makes its credential worthless at once.
import type { HubContext } from '../context.ts';
import type { Device, DeviceRole, PairingCode, RegisterDeviceBody } from '../../common/schemas/auth.ts';
import { normaliseReadableCode } from '../../common/readableCode.ts';
import { notFound } from '../problems.ts';
import { credentialHash, newCredential, newReadableCode } from './secrets.ts';

export const PAIRING_MINUTES = 15;
/** A device's last-seen time is written at most this often, so a busy kiosk does not add a write per request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

interface DeviceRow {
  id: number;
  role: DeviceRole;
  name: string;
  created_at: number;
  pairing_expires_at: number | null;
  paired_at: number | null;
  last_seen_at: number | null;
  revoked_at: number | null;
}

export interface DevicePrincipal {
  id: number;
  name: string;
  role: DeviceRole;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  role: row.role,
  name: row.name,
  createdAt: new Date(row.created_at).toISOString(),
  pairedAt: iso(row.paired_at),
  lastSeenAt: iso(row.last_seen_at),
  revokedAt: iso(row.revoked_at),
  pairingExpiresAt: iso(row.pairing_expires_at),
});

const COLUMNS = 'id, role, name, created_at, pairing_expires_at, paired_at, last_seen_at, revoked_at';

function deviceRow(ctx: HubContext, id: number): DeviceRow {
  const row = ctx.db.prepare<[number], DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE id = ?`).get(id);
  if (!row) throw notFound('device-not-found', `there is no device with id ${id}`);
  return row;
}

export function listDevices(ctx: HubContext): Device[] {
  return ctx.db.prepare<[], DeviceRow>(`SELECT ${COLUMNS} FROM devices ORDER BY revoked_at IS NOT NULL, role, name, id`).all().map(toDevice);
}

function issuePairingCode(ctx: HubContext, id: number, now: number): { code: string; expiresAt: number } {
  const code = newReadableCode();
  const expiresAt = now + PAIRING_MINUTES * 60_000;
  ctx.db.prepare('UPDATE devices SET pairing_code_hash = ?, pairing_expires_at = ? WHERE id = ?').run(credentialHash(normaliseReadableCode(code)), expiresAt, id);
  return { code, expiresAt };
}

const pairingAnswer = (row: DeviceRow, code: string, expiresAt: number): PairingCode => ({
  device: toDevice(row),
  pairingCode: code,
  expiresAt: new Date(expiresAt).toISOString(),
});

export function registerDevice(ctx: HubContext, body: RegisterDeviceBody): PairingCode {
  return ctx.writer.write((emit, now) => {
    const id = Number(ctx.db.prepare('INSERT INTO devices (role, name, created_at) VALUES (?, ?, ?)').run(body.role, body.name, now).lastInsertRowid);
    const { code, expiresAt } = issuePairingCode(ctx, id, now);
    const row = deviceRow(ctx, id);
    emit({ type: 'device.registered', device: toDevice(row) });
    return pairingAnswer(row, code, expiresAt);
  });
}

/** A fresh code for a device whose screen lost its credential (a new browser, cleared cookies): the old one stops. */
export function renewPairingCode(ctx: HubContext, id: number): PairingCode {
  return ctx.writer.write((emit, now) => {
    deviceRow(ctx, id);
    ctx.db.prepare('UPDATE devices SET credential_hash = NULL, revoked_at = NULL WHERE id = ?').run(id);
    const { code, expiresAt } = issuePairingCode(ctx, id, now);
    const row = deviceRow(ctx, id);
    emit({ type: 'device.registered', device: toDevice(row) });
    return pairingAnswer(row, code, expiresAt);
  });
}

/** Swaps a pairing code for the device's credential; undefined for an unknown, used or expired code. */
export function pairDevice(ctx: HubContext, typedCode: string): { device: Device; credential: string } | undefined {
  return ctx.writer.write((emit, now) => {
    const row = ctx.db
      .prepare<[string, number], DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE pairing_code_hash = ? AND pairing_expires_at > ? AND revoked_at IS NULL`)
      .get(credentialHash(normaliseReadableCode(typedCode)), now);
    if (!row) return undefined;
    const credential = newCredential();
    ctx.db
      .prepare('UPDATE devices SET credential_hash = ?, pairing_code_hash = NULL, pairing_expires_at = NULL, paired_at = ?, last_seen_at = ? WHERE id = ?')
      .run(credentialHash(credential), now, now, row.id);
    const device = toDevice(deviceRow(ctx, row.id));
    emit({ type: 'device.paired', device });
    return { device, credential };
  });
}

export function revokeDevice(ctx: HubContext, id: number): Device {
  return ctx.writer.write((emit, now) => {
    const before = deviceRow(ctx, id);
    ctx.db
      .prepare('UPDATE devices SET credential_hash = NULL, pairing_code_hash = NULL, pairing_expires_at = NULL, revoked_at = ? WHERE id = ?')
      .run(before.revoked_at ?? now, id);
    const device = toDevice(deviceRow(ctx, id));
    emit({ type: 'device.revoked', device });
    return device;
  });
}

/** The paired device a credential belongs to, noting that it was seen. */
export function deviceByCredential(ctx: HubContext, credential: string): DevicePrincipal | undefined {
  const row = ctx.db
    .prepare<[string], DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE credential_hash = ? AND revoked_at IS NULL`)
    .get(credentialHash(credential));
  if (!row) return undefined;
  const now = ctx.clock();
  if (row.last_seen_at === null || now - row.last_seen_at >= LAST_SEEN_RESOLUTION_MS) {
    try {
      ctx.db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now, row.id);
    } catch {
      // A locked or full database must not lock a screen out: "last seen" is a note for the admin, not a check.
    }
  }
  return { id: row.id, name: row.name, role: row.role };
}
