// The database as a download: a consistent snapshot an administrator can keep elsewhere and restore from (README).
import { z } from 'zod';
import type { HubContext } from '../../context.ts';
import { backupDownloadStream } from '../../backup/downloadBackup.ts';
import { backupFileName } from '../../backup/backupFiles.ts';
import { route, type RouteSpec } from '../route.ts';

const SQLITE_TYPE = 'application/vnd.sqlite3';

export function backupRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/backup',
      summary: 'A consistent snapshot of the whole database (SQLite file), taken while the hub keeps running',
      produces: SQLITE_TYPE,
      responses: { 200: z.string().describe('the SQLite database file') },
      handle: async () => ({
        status: 200,
        body: await backupDownloadStream(ctx.db),
        file: { contentType: SQLITE_TYPE, name: backupFileName(ctx.clock()) },
      }),
    }),
  ];
}
