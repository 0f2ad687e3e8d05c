// The nightly backup: when one is due, a snapshot into the administrator's folder, then the oldest beyond the keep
// count deleted. Whether it is due is read from the folder itself, so a restart soon after a backup adds none.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HubContext } from '../context.ts';
import { backupFileName, backupsToDelete, newestBackupMs } from './backupFiles.ts';
import { dailyRunDue } from './dailySchedule.ts';
import { snapshotTo } from './snapshot.ts';

/** The file written, or null when no backup was due (or none is configured). */
export async function backupToFolderIfDue(ctx: Pick<HubContext, 'db' | 'clock' | 'settings'>): Promise<string | null> {
  const { backupFolder, backupKeep, timeZone } = ctx.settings();
  if (backupFolder === null) return null;
  mkdirSync(backupFolder, { recursive: true });
  const now = ctx.clock();
  if (!dailyRunDue(now, newestBackupMs(readdirSync(backupFolder)), timeZone)) return null;
  const file = join(backupFolder, backupFileName(now));
  await snapshotTo(ctx.db, file);
  for (const old of backupsToDelete(readdirSync(backupFolder), backupKeep)) rmSync(join(backupFolder, old), { force: true });
  return file;
}
