// Passwords and PINs are stored only as scrypt hashes: memory-hard, so a copied database or config file cannot be
// brute-forced cheaply on a graphics card. The cost is written into each hash, so it can be raised later without
// invalidating what is stored.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_BYTES = 32;
const SALT_BYTES = 16;
/** 2^16 × 128 × 8 bytes = 64 MiB and about 0.2 s per hash here: slow for a guesser, unnoticed at a login. */
const DEFAULT_LOG2_COST = 16;
/** Hashes written before the cost was recorded (`scrypt:<salt>:<key>`) used Node's default, 2^14. */
const UNRECORDED_LOG2_COST = 14;

/** `scrypt:<log2 N>:<salt>:<key>` (or the older `scrypt:<salt>:<key>`), salt and key base64url. */
export const SCRYPT_HASH = /^scrypt:(?:(1[4-9]|20):)?([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]{43})$/;

function derive(secret: string, salt: Buffer, log2Cost: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** log2Cost, r: 8, p: 1, maxmem: 2 ** log2Cost * 128 * 8 * 2 };
  return new Promise((resolve, reject) => scrypt(secret, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

export async function hashSecret(secret: string, log2Cost = DEFAULT_LOG2_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secret, salt, log2Cost);
  return `scrypt:${log2Cost}:${salt.toString('base64url')}:${key.toString('base64url')}`;
}

export async function secretMatches(secret: string, storedHash: string): Promise<boolean> {
  const parts = SCRYPT_HASH.exec(storedHash);
  if (!parts) return false;
  const log2Cost = parts[1] ? Number(parts[1]) : UNRECORDED_LOG2_COST;
  const actual = await derive(secret, Buffer.from(parts[2]!, 'base64url'), log2Cost);
  return timingSafeEqual(actual, Buffer.from(parts[3]!, 'base64url'));
}
