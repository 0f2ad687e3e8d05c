// Domain failures the hub expects and explains (unknown ticket, a desk calling a ticket another desk holds).
// The API turns each kind into one HTTP status; anything else is a bug and becomes a 500 without a crash.

export type ProblemKind = 'invalid' | 'not-found' | 'conflict' | 'unavailable';

export class Problem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
    /** Machine-readable fields sent beside { error } (a refused check-in's reason and time), so a screen can act on them. */
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'Problem';
  }
}

export const invalid = (message: string) => new Problem('invalid', message);
export const notFound = (message: string) => new Problem('not-found', message);
export const conflict = (message: string) => new Problem('conflict', message);
