// The one way screens talk to the hub: JSON in and out, the staff token from the page URL as a Bearer header (a
// login's or pairing's cookie goes along by itself), and the hub's `{ error, code }` bodies turned into thrown errors
// carrying its code (for the screen's own words) and its readable message.
import { z } from 'zod';
import { doubtCredential } from './credentialDoubt.ts';
import { pageToken } from './pageParams.ts';
import { newSubmissionId } from './submissionId.ts';

/** Where a 401 answers what was typed (a wrong password or code), not that the screen's credential has gone. */
const SIGN_IN_PATHS: ReadonlySet<string> = new Set(['/api/auth/login', '/api/auth/setup', '/api/devices/pair']);

/** Read leniently: a newer hub may send a code this screen does not know yet, which still deserves its message. */
const ErrorAnswer = z.object({ error: z.string(), code: z.string().optional() });

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the hub could not be reached at all. */
    readonly status: number,
    /** The hub's error code (common/schemas/errorCodes.ts), or null when the hub was not reached or said none. */
    readonly code: string | null = null,
    /** The error body's other fields (a refused check-in's reason and time), for a screen that acts on them. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiResult<T> {
  status: number;
  /** null for an empty answer (204). */
  data: T | null;
}

/** A request's body as sent: JSON, or the CSV of a corrected translation. */
interface Payload {
  type: 'application/json' | 'text/csv';
  text: string;
}

const asJson = (body: unknown): Payload | undefined => (body === undefined ? undefined : { type: 'application/json', text: JSON.stringify(body) });

async function request<T>(method: string, path: string, payload: Payload | undefined, schema: z.ZodType<T> | null, idempotencyKey?: string): Promise<ApiResult<T>> {
  const token = pageToken();
  const headers: Record<string, string> = {};
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  if (payload) headers['content-type'] = payload.type;
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload?.text });
  } catch (cause) {
    throw new ApiError(cause instanceof Error ? cause.message : String(cause), 0);
  }
  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError(`unreadable answer from the hub (HTTP ${response.status})`, response.status);
    }
  }
  if (!response.ok) {
    if (response.status === 401 && !SIGN_IN_PATHS.has(path)) doubtCredential();
    const error = ErrorAnswer.safeParse(json);
    if (!error.success) throw new ApiError(`HTTP ${response.status}`, response.status);
    throw new ApiError(error.data.error, response.status, error.data.code ?? null, json as Record<string, unknown>);
  }
  if (json === null || schema === null) return { status: response.status, data: json as T | null };
  const parsed = schema.safeParse(json);
  // A shape mismatch means hub and screens disagree on the contract; failing loudly beats rendering nonsense.
  if (!parsed.success) throw new ApiError(`unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, response.status);
  return { status: response.status, data: parsed.data };
}

export function apiGet<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  return request('GET', path, undefined, schema).then(({ data }) => {
    if (data === null) throw new ApiError(`empty answer from ${path}`, 204);
    return data;
  });
}

/** POST with a JSON body (`{}` when the action takes no fields). */
export function apiPost<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  return request('POST', path, asJson(body), schema);
}

/** POST with a CSV file's text as the body (a corrected translation). */
export function apiPostCsv<T>(path: string, csv: string, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  return request('POST', path, { type: 'text/csv', text: csv }, schema);
}

/** One tap that changes the queue (a ticket, a call, a survey): sent with a fresh Idempotency-Key, and when the
 *  network fails sent once more with the same key, so a request that arrived but whose answer was lost is answered
 *  with its first answer instead of being done twice. */
export async function apiAction<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  const key = newSubmissionId();
  try {
    return await request('POST', path, asJson(body), schema, key);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 0) throw error;
    return request('POST', path, asJson(body), schema, key);
  }
}
