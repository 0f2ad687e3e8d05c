import { z } from 'zod';
import { ErrorCode } from './errorCodes.ts';

export const Id = z.coerce.number().int().positive();
export const IsoTime = z.string().describe('ISO 8601 timestamp (UTC)');
export const ErrorBody = z
  .object({ error: z.string().describe('One readable sentence, in English, for logs and integrators'), code: ErrorCode.describe('What failed, stable across versions: screens show their own text for it') })
  .meta({ id: 'Error', examples: [{ error: 'there is no ticket with id 4711', code: 'ticket-not-found' }] });
export type ErrorBody = z.infer<typeof ErrorBody>;
/** An id in a path is written as the hub writes it: plain decimal, no sign, no leading zero, no space, no 0x16 or
 *  1e3 that a number parser would quietly turn into another id. */
export const PathId = z
  .string()
  .regex(/^[1-9][0-9]{0,15}$/, 'an id is a whole number written in plain digits, e.g. 12')
  .transform(Number)
  .refine(Number.isSafeInteger, 'the id is too large');
export const IdParams = z.strictObject({ id: PathId });

/** The years the centre's calendar covers: a day outside them is a typing error, and no time-zone rule reaches it. */
const inCalendarYears = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= 1900 && year <= 2099;
};
export const CalendarDay = z.iso.date('a day is a date, e.g. 2026-11-24').refine(inCalendarYears, 'a day is from 1900 to 2099');
export const CalendarTime = z.iso.datetime({ offset: true, message: 'an ISO timestamp, e.g. 2026-11-24T10:30:00+01:00' }).refine(inCalendarYears, 'a time is from 1900 to 2099');
/** A 429: how long to wait, also sent as Retry-After. */
export const RetryLaterBody = ErrorBody.extend({ retryAfterSeconds: z.number().int().positive() }).meta({
  id: 'RetryLater',
  examples: [{ error: 'too many wrong passwords; try again in 30 s', code: 'too-many-attempts', retryAfterSeconds: 30 }],
});
