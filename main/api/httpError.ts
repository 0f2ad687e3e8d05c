// Every failure a client sees is a status and one readable sentence: { "error": "..." }.
import { Problem, type ProblemKind } from '../problems.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const statusOfProblem: Record<ProblemKind, number> = { invalid: 400, 'not-found': 404, conflict: 409, unavailable: 503 };

/** The status and message for anything thrown while handling a request; unknown errors are not described to clients. */
export function describeError(error: unknown): { status: number; message: string; unexpected: boolean; details?: Record<string, string> } {
  if (error instanceof HttpError) return { status: error.status, message: error.message, unexpected: false };
  if (error instanceof Problem) return { status: statusOfProblem[error.kind], message: error.message, unexpected: false, details: error.details };
  const status = (error as { statusCode?: unknown })?.statusCode;
  // Fastify's own client errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode.
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, message: (error as Error).message, unexpected: false };
  }
  return { status: 500, message: 'the hub hit an unexpected error; the change was not made', unexpected: true };
}
