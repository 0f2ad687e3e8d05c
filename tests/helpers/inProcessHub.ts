// The hub's HTTP API in the test's own process, on a context the test built (a real SQLite file, and a clock or a
// database limit only a test in the same process can set), answered through Fastify's inject: real routes, no port.
import { after, before } from 'node:test';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../../main/context.ts';
import { createServer } from '../../main/api/server.ts';
import { removeDataDir } from './dataDir.ts';

export interface InProcessHub {
  /** With the API token; the body parsed as JSON. */
  request: <T>(method: 'GET' | 'POST', url: string, payload?: object) => Promise<{ status: number; body: T }>;
}

/** Registers before/after hooks in the calling suite: the server starts before its tests, and afterwards the
 *  server, the database and the data folder are closed and removed. */
export function inProcessHub(ctx: HubContext, dataDir: string, log: (line: string) => void = () => {}): InProcessHub {
  const token = 'in-process-token';
  let server: FastifyInstance | undefined;
  before(async () => {
    server = await createServer(ctx, { apiToken: token, setupCode: 'UNUSED', screensDir: join(dataDir, 'no-screens'), version: 'test', log });
  });
  after(async () => {
    await server?.close();
    ctx.db.close();
    removeDataDir(dataDir);
  });
  return {
    request: async (method, url, payload) => {
      const response = await server!.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });
      return { status: response.statusCode, body: response.json() };
    },
  };
}
