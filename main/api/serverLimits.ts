// What one caller may hold of the hub: a request must arrive whole within a time, an idle connection is closed, and
// one address (a whole guest network behind NAT is one address) holds a bounded number of connections and event
// streams. The defaults fit a large centre's 50 wall displays and its kiosks behind one address with room to spare;
// `--max-connections-per-address` and `--max-streams-per-address` raise them.
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorCode } from '../../common/schemas/errorCodes.ts';

export interface ServerLimits {
  /** The whole request, headers and body, must arrive within this: a slow sender cannot hold a connection open. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  /** A connection with nothing going on in either direction is closed after this. */
  idleTimeoutMs: number;
  /** A kept-alive connection waits this long for its next request. */
  keepAliveTimeoutMs: number;
  maxConnections: number;
  maxConnectionsPerAddress: number;
  maxStreamsPerAddress: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 15_000,
  idleTimeoutMs: 120_000,
  keepAliveTimeoutMs: 10_000,
  maxConnections: 4_000,
  // 50 displays (a stream and a connection or two for their API calls each), kiosks, survey tablets and desks.
  maxConnectionsPerAddress: 400,
  maxStreamsPerAddress: 200,
};

/** The Fastify and Node options that carry the timeouts. */
export function timeoutOptions(limits: ServerLimits) {
  const http: ServerOptions = {
    headersTimeout: limits.headersTimeoutMs,
    // How often Node looks for requests past their time; by default 30 s, longer than a short timeout.
    connectionsCheckingInterval: Math.min(30_000, Math.max(100, Math.floor(limits.headersTimeoutMs / 4))),
  };
  return { requestTimeout: limits.requestTimeoutMs, connectionTimeout: limits.idleTimeoutMs, keepAliveTimeout: limits.keepAliveTimeoutMs, http, clientErrorHandler };
}

/** An answer written straight to the socket, for refusals made before any request could be read. */
function rawAnswer(status: string, code: ErrorCode, message: string, extraHeaders = ''): string {
  const body = JSON.stringify({ error: message, code });
  return `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\n${extraHeaders}connection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const refusal = (message: string) => rawAnswer('503 Service Unavailable', 'too-many-connections', message, 'retry-after: 5\r\n');

/** Node's refusals of what is not yet a request (too slow, headers too large, not HTTP) in the { error, code } form. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (socket.writable) {
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') socket.write(rawAnswer('408 Request Timeout', 'request-timeout', 'the request did not arrive in time; send it again'));
    else if (error.code === 'HPE_HEADER_OVERFLOW') socket.write(rawAnswer('431 Request Header Fields Too Large', 'headers-too-large', "the request's headers are too large"));
    else socket.write(rawAnswer('400 Bad Request', 'bad-request', 'the request is not readable HTTP'));
  }
  socket.destroy(error);
}

/** Caps the connections the server holds, in all and per address; one over the cap is answered 503 and closed. */
export function limitConnections(server: Server, limits: ServerLimits): void {
  server.maxConnections = limits.maxConnections;
  const perAddress = new Map<string, number>();
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const held = (perAddress.get(address) ?? 0) + 1;
    perAddress.set(address, held);
    socket.once('close', () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    });
    if (held > limits.maxConnectionsPerAddress) {
      socket.end(refusal(`this address holds ${limits.maxConnectionsPerAddress} connections to the hub already; try again in a moment`));
      socket.destroySoon();
    }
  });
}

/** Counts the event streams each address holds open. */
export function streamCounter(max: number) {
  const open = new Map<string, number>();
  return {
    max,
    full: (address: string) => (open.get(address) ?? 0) >= max,
    /** Counts a stream opened; returns its release. */
    hold(address: string): () => void {
      open.set(address, (open.get(address) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(address) ?? 1) - 1;
        if (left > 0) open.set(address, left);
        else open.delete(address);
      };
    },
  };
}
