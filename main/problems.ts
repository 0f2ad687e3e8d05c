// Domain failures the hub expects and explains (unknown ticket, a desk calling a ticket another desk holds).
// The API turns each kind into one HTTP status and sends the code beside the sentence; anything else is a bug and
// becomes a 500 without a crash.
import type { ErrorCode } from '../common/schemas/errorCodes.ts';

export type ProblemKind = 'invalid' | 'not-found' | 'conflict' | 'unavailable';

export class Problem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly code: ErrorCode,
    message: string,
    /** Machine-readable fields sent beside { error, code } (a refused check-in's time), so a screen can act on them. */
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'Problem';
  }
}

export const invalid = (code: ErrorCode, message: string) => new Problem('invalid', code, message);
export const notFound = (code: ErrorCode, message: string) => new Problem('not-found', code, message);
export const conflict = (code: ErrorCode, message: string) => new Problem('conflict', code, message);
