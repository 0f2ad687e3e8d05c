// A consistent copy of the live database with SQLite's online backup API: screens keep reading and tickets keep being
// issued while it runs, and the copy is the database as of one moment, WAL included (a plain file copy is not).
// The copy is given a new database identity and a central cursor of 0 before it gets its final name: a hub restored
// from it is a new database to the central service, which then replaces what it held for the site instead of
// counting the copy's rows a second time (common/schemas/central.ts).
import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import type { Db } from '../db/openDatabase.ts';
import { takeNewIdentity } from '../centralSync/syncState.ts';
import { PARTIAL_SUFFIX } from './backupFiles.ts';

/** Writes the snapshot under a temporary name and renames it into place, so a half-written file never exists under
 *  the final name (for the nightly folder: a crash mid-backup never looks like the newest backup). */
export async function snapshotTo(db: Db, file: string): Promise<void> {
  const partial = file + PARTIAL_SUFFIX;
  try {
    await db.backup(partial);
    giveOwnIdentity(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

function giveOwnIdentity(file: string): void {
  const copy = new Database(file);
  try {
    takeNewIdentity(copy);
  } finally {
    copy.close();
  }
}
