// GET /api/backup: a snapshot into a temporary file beside the database (same disk, so space for it is where the
// database already grows), streamed to the caller and removed when the stream closes: after the last byte, and also
// when the client goes away mid-download (Fastify destroys the stream, which closes it).
import { createReadStream, rmSync, type ReadStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Db } from '../db/openDatabase.ts';
import { snapshotTo } from './snapshot.ts';

export async function backupDownloadStream(db: Db): Promise<ReadStream> {
  const file = join(dirname(db.name), `download-${randomUUID()}.sqlite`);
  await snapshotTo(db, file);
  const stream = createReadStream(file);
  stream.once('close', () => rmSync(file, { force: true }));
  return stream;
}
