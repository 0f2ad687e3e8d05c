// The boundary: every body, query and path parameter is parsed with its shared schema before any code sees it.
import type { z } from 'zod';
import { HttpError } from './httpError.ts';

export type InputPart = 'body' | 'query' | 'path';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, part: InputPart): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = result.error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  throw new HttpError(400, 'invalid-input', `invalid ${part}: ${details.join('; ')}`);
}
