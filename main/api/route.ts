// A route is declared once: method, path, the schemas of what comes in and goes out, and the handler. The server
// registers it and /api/openapi.json describes it from the same declaration; who may call it is in accessTable.ts.
import { z } from 'zod';
import type { Principal } from './principal.ts';

export interface Reply {
  status: number;
  body?: unknown;
  /** Set for answers that are not JSON (a CSV download, a backup whose body is a stream), with the file name to save
   *  it under. */
  file?: { contentType: string; name: string };
  /** Set-Cookie values: a login's session, a paired device's credential, or their removal. */
  cookies?: string[];
}

/** `Who` is the caller as the server identifies it: the hub's Principal, or the central service's own. */
export interface RouteInput<B, Q, P, Who = Principal> {
  body: B;
  query: Q;
  params: P;
  principal: Who;
  /** The caller's address, for throttling guesses. */
  ip: string;
  /** Whether the caller reached the hub over HTTPS (cookies are then marked Secure). */
  secure: boolean;
}

export interface RouteSpec<Who = Principal> {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** The success answers, and the failures particular to this route (an unknown code's 404, a refused step's 409);
   *  /api/openapi.json adds the ones every route of its kind can give (bad input, no credential, a full disk). */
  responses: Record<number, z.ZodType | null>;
  /** The 200 answer's media type when it is not JSON. */
  produces?: string;
  /** The body's media type when it is not JSON (a CSV upload): the body reaches the schema as a string. */
  consumes?: 'text/csv';
  /** Accepts an Idempotency-Key header: a repeat returns the first answer (main/api/idempotency.ts). */
  idempotent?: true;
  /** Async for the few answers that wait on more than the database (the backup snapshot). */
  /** A larger body limit than the server's, for the one route that takes big uploads. */
  bodyLimit?: number;
  handle: (input: RouteInput<any, any, any, Who>) => Reply | Promise<Reply>;
}

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** The declaration helper for a server whose callers are `Who`. */
export function routeFor<Who>() {
  return function declare<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, P extends z.ZodType | undefined = undefined>(spec: {
    method: RouteSpec['method'];
    url: string;
    summary: string;
    body?: B;
    query?: Q;
    params?: P;
    responses: Record<number, z.ZodType | null>;
    produces?: string;
    consumes?: 'text/csv';
    idempotent?: true;
    bodyLimit?: number;
    handle: (input: RouteInput<Infer<B>, Infer<Q>, Infer<P>, Who>) => Reply | Promise<Reply>;
  }): RouteSpec<Who> {
    return spec as RouteSpec<Who>;
  };
}

export const route = routeFor<Principal>();

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });
export const noContent = (): Reply => ({ status: 204 });
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const csvFile = (text: string, name: string): Reply => ({ status: 200, body: text, file: { contentType: CSV_TYPE, name } });

/** For actions that take no fields: no body, or an empty JSON object. */
export const NoBody = z.strictObject({}).optional();