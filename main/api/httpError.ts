// Every failure a client sees is a status and one readable sentence: { "error": "..." }.
import { Problem, type ProblemKind } from '../problems.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Fields sent beside { error }, such as a 429's retryAfterSeconds. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 429 with the wait in the body and in Retry-After, so a screen can say how long and a client can back off. */
export function tooManyRequests(message: string, retryAfterMs: number): HttpError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new HttpError(429, `${message}; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
}

const statusOfProblem: Record<ProblemKind, number> = { invalid: 400, 'not-found': 404, conflict: 409, unavailable: 503 };

/** SQLite's own words for a database it cannot write, put so that a kiosk can show them to a visitor. */
function storageTrouble(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL') return "the hub's disk is full";
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_LOCKED')) return 'the database is locked by another program';
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN')) return "the hub cannot write to its disk";
  return undefined;
}

/** The status and message for anything thrown while handling a request; unknown errors are not described to clients. */
export function describeError(error: unknown): { status: number; message: string; unexpected: boolean; details?: Record<string, string | number> } {
  if (error instanceof HttpError) return { status: error.status, message: error.message, unexpected: false, details: error.details };
  if (error instanceof Problem) return { status: statusOfProblem[error.kind], message: error.message, unexpected: false, details: error.details };
  const status = (error as { statusCode?: unknown })?.statusCode;
  // Fastify's own client errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode.
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, message: (error as Error).message, unexpected: false };
  }
  // The transaction rolled back, so nothing is half-stored; the operator needs to know, the visitor needs a person.
  const trouble = storageTrouble(error);
  if (trouble) return { status: 503, message: `${trouble}: nothing was changed. Please ask at the reception`, unexpected: true };
  return { status: 500, message: 'the hub hit an unexpected error; the change was not made', unexpected: true };
}
