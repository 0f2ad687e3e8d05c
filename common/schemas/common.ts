import { z } from 'zod';
import { ErrorCode } from './errorCodes.ts';

export const Id = z.coerce.number().int().positive();
export const IsoTime = z.string().describe('ISO 8601 timestamp (UTC)');
export const ErrorBody = z
  .object({ error: z.string().describe('One readable sentence, in English, for logs and integrators'), code: ErrorCode.describe('What failed, stable across versions: screens show their own text for it') })
  .meta({ id: 'Error', examples: [{ error: 'there is no ticket with id 4711', code: 'ticket-not-found' }] });
export type ErrorBody = z.infer<typeof ErrorBody>;
/** A 429: how long to wait, also sent as Retry-After. */
export const RetryLaterBody = ErrorBody.extend({ retryAfterSeconds: z.number().int().positive() }).meta({
  id: 'RetryLater',
  examples: [{ error: 'too many wrong passwords; try again in 30 s', code: 'too-many-attempts', retryAfterSeconds: 30 }],
});
export const IdParams = z.strictObject({ id: Id });
