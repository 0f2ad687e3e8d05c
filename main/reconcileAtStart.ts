// What a stop in the middle of work leaves behind, put right before the hub serves anyone. A print job that was out
// when the hub stopped (a crash, a power cut) will never report back, so its ticket says it failed, and the desk and
// the admin's printer page show it like any other failed print. Copies written for a download or a nightly backup
// that never finished are deleted: they can hold booking names past their retention, and they fill the disk.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HubContext } from './context.ts';
import type { PrintInfo } from '../common/schemas/tickets.ts';
import { leftoverFiles } from './backup/backupFiles.ts';

const INTERRUPTED: PrintInfo = { status: 'failed', reason: 'interrupted' };

/** Every ticket whose print was still `queued` becomes failed (interrupted), one event each; how many. */
export function failInterruptedPrints(ctx: HubContext): number {
  return ctx.writer.write((emit) => {
    const stuck = ctx.db.prepare(`SELECT id, number FROM tickets WHERE print_status = 'queued' ORDER BY id`).all() as { id: number; number: string }[];
    const mark = ctx.db.prepare('UPDATE tickets SET print_status = ?, print_reason = ? WHERE id = ?');
    for (const { id, number } of stuck) {
      mark.run(INTERRUPTED.status, INTERRUPTED.reason, id);
      emit({ type: 'ticket.print-status', ticketId: id, number, print: INTERRUPTED });
    }
    return stuck.length;
  });
}

/** Deletes unfinished download copies in the data folder and half-written backups in the backup folder; their paths. */
export function sweepBackupLeftovers(dataDir: string, backupFolder: string | null): string[] {
  const swept: string[] = [];
  for (const [folder, where] of [[dataDir, 'data'], [backupFolder, 'backups']] as const) {
    if (folder === null) continue;
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // a backup folder not made yet (or on a drive not plugged in) has nothing to sweep
    }
    for (const name of leftoverFiles(names, where)) {
      rmSync(join(folder, name), { force: true });
      swept.push(join(folder, name));
    }
  }
  return swept;
}
