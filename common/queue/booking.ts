// Booked visits: the code a visitor types (or scans) at the kiosk, and whether now is the time to check in.
// Codes avoid the characters people confuse when reading them off a letter or a phone (0/O, 1/I), and the
// alphabet has 32 symbols so one random byte maps to one symbol without bias.

export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 6;

/** A code from BOOKING_CODE_LENGTH random bytes (the caller supplies them: crypto on the hub, a seed in tests). */
export function bookingCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < BOOKING_CODE_LENGTH) throw new RangeError(`a booking code needs ${BOOKING_CODE_LENGTH} random bytes`);
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++) code += BOOKING_CODE_ALPHABET[randomBytes[i]! % BOOKING_CODE_ALPHABET.length];
  return code;
}

/** What a visitor or a scanner typed, as the code is stored: capitals, no spaces or dashes. */
export function normaliseBookingCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

export interface CheckInWindow {
  /** How long before the booked time check-in opens. */
  earlyMinutes: number;
  /** How long after the booked time check-in still works; later, the reception decides. */
  lateMinutes: number;
}

export type CheckInTiming = { ok: true } | { ok: false; reason: 'too-early'; opensAtMs: number } | { ok: false; reason: 'too-late' };

export function checkInTiming(bookedAtMs: number, nowMs: number, window: CheckInWindow): CheckInTiming {
  const opensAtMs = bookedAtMs - window.earlyMinutes * 60_000;
  if (nowMs < opensAtMs) return { ok: false, reason: 'too-early', opensAtMs };
  if (nowMs > bookedAtMs + window.lateMinutes * 60_000) return { ok: false, reason: 'too-late' };
  return { ok: true };
}
