// The hidden admin exit of a kiosk window asks for a PIN. lotsa.config.json keeps only an scrypt hash of it (the
// file sits on a public PC), and a visitor who found the hotspot gets a few tries before the exit locks for a while.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(scrypt) as (pin: string, salt: Buffer, length: number) => Promise<Buffer>;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MIN_PIN_LENGTH = 4;

/** `scrypt:<salt>:<key>`, both base64url: what hashExitPin writes and lotsa.config.json's exitPinHash holds. */
export const EXIT_PIN_HASH = /^scrypt:([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]{43})$/;

export async function hashExitPin(pin: string): Promise<string> {
  if (pin.length < MIN_PIN_LENGTH) throw new Error(`the exit PIN needs at least ${MIN_PIN_LENGTH} characters`);
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, KEY_BYTES);
  return `scrypt:${salt.toString('base64url')}:${key.toString('base64url')}`;
}

export async function exitPinMatches(pin: string, storedHash: string): Promise<boolean> {
  const parts = EXIT_PIN_HASH.exec(storedHash);
  if (!parts) return false;
  const expected = Buffer.from(parts[2]!, 'base64url');
  const actual = await derive(pin, Buffer.from(parts[1]!, 'base64url'), KEY_BYTES);
  return timingSafeEqual(actual, expected);
}

export interface ExitGatePolicy {
  triesBeforeLock: number;
  lockMs: number;
}

export const defaultExitGatePolicy: ExitGatePolicy = { triesBeforeLock: 5, lockMs: 5 * 60_000 };

/**
 * A PIN check with a lock: after `triesBeforeLock` wrong PINs every answer is "no", even the right PIN, until
 * `lockMs` has passed, so guessing four digits at a touchscreen takes weeks instead of an afternoon.
 */
export function exitGate(
  storedHash: string,
  policy: ExitGatePolicy = defaultExitGatePolicy,
  now: () => number = Date.now,
): (pin: string) => Promise<boolean> {
  let wrongInARow = 0;
  let lockedUntil = 0;
  return async (pin) => {
    if (now() < lockedUntil) return false;
    if (await exitPinMatches(pin, storedHash)) {
      wrongInARow = 0;
      return true;
    }
    wrongInARow++;
    if (wrongInARow >= policy.triesBeforeLock) {
      wrongInARow = 0;
      lockedUntil = now() + policy.lockMs;
    }
    return false;
  };
}
