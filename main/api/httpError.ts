// Every failure a client sees is a status, one readable sentence and a stable code: { "error": "...", "code": "..." }.
import { Problem, type ProblemKind } from '../problems.ts';
import type { ErrorCode } from '../../common/schemas/errorCodes.ts';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Fields sent beside { error, code }, such as a 429's retryAfterSeconds. */
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 429 with the wait in the body and in Retry-After, so a screen can say how long and a client can back off. */
export function tooManyRequests(code: ErrorCode, message: string, retryAfterMs: number): HttpError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new HttpError(429, code, `${message}; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
}

const statusOfProblem: Record<ProblemKind, number> = { invalid: 400, 'not-found': 404, conflict: 409, unavailable: 503 };

/** SQLite's own words for a database it cannot write, put so that a kiosk can show them to a visitor. */
function storageTrouble(error: unknown): { code: ErrorCode; words: string } | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL') return { code: 'disk-full', words: "the hub's disk is full" };
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_LOCKED')) return { code: 'database-locked', words: 'the database is locked by another program' };
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY' || code.startsWith('SQLITE_CANTOPEN')) return { code: 'storage-failed', words: 'the hub cannot write to its disk' };
  return undefined;
}

/** Fastify's own refusals (bad JSON, body too large, wrong content type) by the code it gives them. */
function fastifyCode(error: unknown, status: number): ErrorCode {
  const code = (error as { code?: unknown })?.code;
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'unsupported-media-type';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return 'body-too-large';
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return 'malformed-json';
  return 'bad-request';
}

export interface DescribedError {
  status: number;
  code: ErrorCode;
  message: string;
  unexpected: boolean;
  details?: Record<string, string | number>;
}

/** The status, code and message for anything thrown while handling a request; unknown errors are not described to
 *  clients. `committed`: a change made for this request is already stored, so the answer must not say otherwise. */
export function describeError(error: unknown, committed = false): DescribedError {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message, unexpected: false, details: error.details };
  if (error instanceof Problem) return { status: statusOfProblem[error.kind], code: error.code, message: error.message, unexpected: false, details: error.details };
  const status = (error as { statusCode?: unknown })?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, code: fastifyCode(error, status), message: (error as Error).message, unexpected: false };
  }
  if (status === 503) return { status, code: 'shutting-down', message: 'the hub is shutting down; try again in a moment', unexpected: false };
  if (committed) {
    return { status: 500, code: 'answer-failed-after-change', message: 'the change was made, but the hub failed while answering; look at the queue before trying again', unexpected: true };
  }
  // The transaction rolled back, so nothing is half-stored; the operator needs to know, the visitor needs a person.
  const trouble = storageTrouble(error);
  if (trouble) return { status: 503, code: trouble.code, message: `${trouble.words}: nothing was changed. Please ask at the reception`, unexpected: true };
  return { status: 500, code: 'internal-error', message: 'the hub hit an unexpected error; the change was not made', unexpected: true };
}
