import { z } from 'zod';
import { Id } from './common.ts';

export const Service = z.object({ id: Id, name: z.string(), prefix: z.string() }).meta({ id: 'Service' });
export type Service = z.infer<typeof Service>;

export const CreateServiceBody = z.strictObject({
  name: z.string().trim().min(1, 'name must not be empty').max(80, 'name is at most 80 characters'),
  // A prefix is read aloud and printed large, so it stays one to three capital letters.
  prefix: z.string().trim().regex(/^[A-Z]{1,3}$/, 'prefix must be one to three capital letters A-Z'),
});
export type CreateServiceBody = z.infer<typeof CreateServiceBody>;
