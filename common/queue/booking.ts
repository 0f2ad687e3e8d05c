// Booked visits: the code a visitor types (or scans) at the kiosk, and whether now is the time to check in.
import { READABLE_CODE_ALPHABET, normaliseReadableCode, readableCodeFrom } from '../readableCode.ts';

export const BOOKING_CODE_ALPHABET = READABLE_CODE_ALPHABET;
export const BOOKING_CODE_LENGTH = 6;

export const bookingCodeFrom = (randomBytes: Uint8Array): string => readableCodeFrom(randomBytes, BOOKING_CODE_LENGTH);
export const normaliseBookingCode = normaliseReadableCode;

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
