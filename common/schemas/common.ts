import { z } from 'zod';
import { ErrorCode } from './errorCodes.ts';

export const Id = z.coerce.number().int().positive();
export const IsoTime = z.string().describe('ISO 8601 timestamp (UTC)');
export const ErrorBody = z
  .object({ error: z.string().describe('One readable sentence, in English, for logs and integrators'), code: ErrorCode.describe('What failed, stable across versions: screens show their own text for it') })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;
export const IdParams = z.strictObject({ id: Id });
