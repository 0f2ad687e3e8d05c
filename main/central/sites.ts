// The sites that push to the central service. A site's token is 32 random bytes shown once, when it is made or
// replaced; only its SHA-256 is stored, so a copied central database holds no working token.
import type { z } from 'zod';
import type { CentralDb } from './db/centralDb.ts';
import type { Site } from '../../common/schemas/central.ts';
import { credentialHash, newCredential } from '../auth/secrets.ts';
import { HttpError } from '../api/httpError.ts';

type SiteShape = z.infer<typeof Site>;

interface SiteRow {
  id: number;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
  last_sync_at: Date | null;
  acked: number;
  database_id: string | null;
}

const COLUMNS = 'id, name, created_at, revoked_at, last_sync_at, acked, database_id';

const toSite = (row: SiteRow): SiteShape => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
  lastSyncAt: row.last_sync_at?.toISOString() ?? null,
  acked: row.acked,
  databaseId: row.database_id,
});

export async function listSites(db: CentralDb): Promise<SiteShape[]> {
  return (await db.query<SiteRow>(`SELECT ${COLUMNS} FROM sites ORDER BY id`)).rows.map(toSite);
}

export async function createSite(db: CentralDb, name: string): Promise<SiteShape & { siteToken: string }> {
  const siteToken = newCredential();
  const row = (await db.query<SiteRow>(`INSERT INTO sites (name, token_hash) VALUES ($1, $2) RETURNING ${COLUMNS}`, [name, credentialHash(siteToken)])).rows[0]!;
  return { ...toSite(row), siteToken };
}

/** A new token in place of the old one, which stops working at once; a revoked site is given back its voice. */
export async function replaceSiteToken(db: CentralDb, id: number): Promise<SiteShape & { siteToken: string }> {
  const siteToken = newCredential();
  const row = (await db.query<SiteRow>(`UPDATE sites SET token_hash = $2, revoked_at = NULL WHERE id = $1 RETURNING ${COLUMNS}`, [id, credentialHash(siteToken)])).rows[0];
  if (!row) throw new HttpError(404, 'site-not-found', `there is no site with id ${id}`);
  return { ...toSite(row), siteToken };
}

/** The site's token stops working; what it pushed stays, in the figures. */
export async function revokeSite(db: CentralDb, id: number): Promise<SiteShape> {
  const row = (await db.query<SiteRow>(`UPDATE sites SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING ${COLUMNS}`, [id])).rows[0];
  if (!row) throw new HttpError(404, 'site-not-found', `there is no site with id ${id}`);
  return toSite(row);
}

/** The site a bearer token belongs to, unless it was replaced or revoked. */
export async function siteByToken(db: CentralDb, token: string): Promise<{ id: number; name: string } | undefined> {
  return (await db.query<{ id: number; name: string }>('SELECT id, name FROM sites WHERE token_hash = $1 AND revoked_at IS NULL', [credentialHash(token)])).rows[0];
}
