// A consistent copy of the live database with SQLite's online backup API: screens keep reading and tickets keep being
// issued while it runs, and the copy is the database as of one moment, WAL included (a plain file copy is not).
import { renameSync, rmSync } from 'node:fs';
import type { Db } from '../db/openDatabase.ts';
import { PARTIAL_SUFFIX } from './backupFiles.ts';

/** Writes the snapshot under a temporary name and renames it into place, so a half-written file never exists under
 *  the final name (for the nightly folder: a crash mid-backup never looks like the newest backup). */
export async function snapshotTo(db: Db, file: string): Promise<void> {
  const partial = file + PARTIAL_SUFFIX;
  try {
    await db.backup(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
