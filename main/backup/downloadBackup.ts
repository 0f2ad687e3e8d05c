// GET /api/backup: a snapshot into a temporary file beside the database (same disk, so space for it is where the
// database already grows), streamed to the caller and removed when the stream closes. Fastify closes it when the
// caller's connection closes, whatever stage the download was at: after the last byte, mid-download, unread, or
// before the snapshot was even ready (tests/api/backup.test.ts). A hub killed with downloads open leaves copies that
// the next start sweeps (reconcileAtStart.ts).
import { createReadStream, rmSync, type ReadStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Db } from '../db/openDatabase.ts';
import { downloadFileName } from './backupFiles.ts';
import { snapshotTo } from './snapshot.ts';

export async function backupDownloadStream(db: Db): Promise<ReadStream> {
  const file = join(dirname(db.name), downloadFileName(randomUUID()));
  await snapshotTo(db, file);
  const stream = createReadStream(file);
  stream.once('close', () => rmSync(file, { force: true }));
  return stream;
}
