// The boundary: every body, query and path parameter is parsed with its shared schema before any code sees it.
// A refusal's code is the one the schema named for it (a name with an invisible character: text-invisible-character),
// else invalid-input.
import type { z } from 'zod';
import { HttpError } from './httpError.ts';
import { issueCode } from '../../common/schemas/text.ts';

export type InputPart = 'body' | 'query' | 'path';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, part: InputPart): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const details = issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
  });
  const code = issues.map(issueCode).find((named) => named !== undefined) ?? 'invalid-input';
  throw new HttpError(400, code, `invalid ${part}: ${details.join('; ')}`);
}
