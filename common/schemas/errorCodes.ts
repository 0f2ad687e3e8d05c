// Every error answer names its failure with one of these stable codes beside the readable sentence, so a screen can
// say it in its own language and an integrator can act on it without parsing English.
import { z } from 'zod';

export const ERROR_CODES = [
  // The request itself
  'invalid-input',
  'unexpected-body',
  'malformed-json',
  'body-too-large',
  'unsupported-media-type',
  'bad-request',
  'no-such-endpoint',
  'websocket-only',
  // Who is asking
  'sign-in-required',
  'token-invalid',
  'session-ended',
  'device-unpaired',
  'wrong-role',
  'foreign-origin',
  'staff-today-only',
  'paper-needs-staff',
  'wrong-credentials',
  'setup-code-wrong',
  'pairing-code-invalid',
  'setup-done',
  'too-many-attempts',
  'too-many-tickets',
  // Things that do not exist
  'ticket-not-found',
  'follow-link-unknown',
  'service-not-found',
  'desk-not-found',
  'user-not-found',
  'device-not-found',
  'appointment-not-found',
  'booking-code-unknown',
  // Refusals of the queue's rules
  'desk-paused',
  'desk-not-paused',
  'desk-busy',
  'no-visitor-at-desk',
  'ticket-not-waiting',
  'ticket-sent-to-other-desk',
  'service-not-served',
  'ticket-not-parked',
  'parked-at-other-desk',
  'visit-step-refused',
  'unknown-outcome',
  'unknown-service-id',
  'survey-ticket-unknown',
  'appointment-not-booked',
  'language-not-offered',
  'check-in-too-early',
  'check-in-too-late',
  'booking-already-used',
  'prefix-taken',
  'desk-name-taken',
  'username-taken',
  'last-admin',
  'period-invalid',
  // The hub's own trouble
  'disk-full',
  'database-locked',
  'storage-failed',
  'internal-error',
  'shutting-down',
] as const;

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;
