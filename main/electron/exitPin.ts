// The hidden admin exit of a kiosk window asks for a PIN. lotsa.config.json keeps only an scrypt hash of it (the
// file sits on a public PC), and a visitor who found the hotspot gets a few tries before the exit locks for a while.
import { hashSecret, secretMatches, SCRYPT_HASH } from '../auth/scryptHash.ts';
import { FailureThrottle, type ThrottlePolicy } from '../auth/failureThrottle.ts';

const MIN_PIN_LENGTH = 4;

/** What hashExitPin writes and lotsa.config.json's exitPinHash holds. */
export const EXIT_PIN_HASH = SCRYPT_HASH;

export async function hashExitPin(pin: string): Promise<string> {
  if (pin.length < MIN_PIN_LENGTH) throw new Error(`the exit PIN needs at least ${MIN_PIN_LENGTH} characters`);
  return hashSecret(pin);
}

export const exitPinMatches = secretMatches;

export const defaultExitGatePolicy: ThrottlePolicy = { triesBeforeLock: 5, lockMs: 5 * 60_000 };

/**
 * A PIN check with a lock: after `triesBeforeLock` wrong PINs every answer is "no", even the right PIN, until
 * `lockMs` has passed, so guessing four digits at a touchscreen takes weeks instead of an afternoon.
 */
export function exitGate(
  storedHash: string,
  policy: ThrottlePolicy = defaultExitGatePolicy,
  now: () => number = Date.now,
): (pin: string) => Promise<boolean> {
  const throttle = new FailureThrottle(policy, now);
  return async (pin) => {
    // Reserved before the hash, so taps sent in parallel get no more tries than taps one after another.
    if (throttle.reserve('exit') > 0) return false;
    let matches = false;
    try {
      matches = await exitPinMatches(pin, storedHash);
    } finally {
      throttle.settle('exit', matches ? 'succeeded' : 'failed');
    }
    return matches;
  };
}
