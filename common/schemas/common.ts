import { z } from 'zod';

export const Id = z.coerce.number().int().positive();
export const IsoTime = z.string().describe('ISO 8601 timestamp (UTC)');
export const ErrorBody = z.object({ error: z.string() }).meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;
export const IdParams = z.strictObject({ id: Id });
