// Session and device credentials are long random strings; the database keeps only their SHA-256. They carry 256 bits
// of chance, so a fast hash is enough (unlike passwords), and a copied database file holds nothing usable.
import { createHash, randomBytes } from 'node:crypto';
import { readableCodeFrom } from '../../common/readableCode.ts';

export function newCredential(): string {
  return randomBytes(32).toString('base64url');
}

export function credentialHash(credential: string): string {
  return createHash('sha256').update(credential).digest('base64url');
}

const CODE_LENGTH = 8;

/** "ABCD-EFGH": 40 bits, typed once on a screen within minutes of being made, and only a few guesses allowed. */
export function newReadableCode(): string {
  const code = readableCodeFrom(randomBytes(CODE_LENGTH), CODE_LENGTH);
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
