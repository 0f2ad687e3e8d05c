// The names of backup files and which of them to keep. Pure: the name carries the UTC time of the snapshot, so the
// newest backup and the ones past the keep count are decided from a folder listing, and any other file in the folder
// (someone's notes, another program's backups) is never touched.

const PATTERN = /^lotsa-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.sqlite$/;

/** lotsa-2026-11-24T01-30-00Z.sqlite: UTC, so names sort in time order across clock changes; no ':' for Windows. */
export function backupFileName(atMs: number): string {
  return `lotsa-${new Date(atMs).toISOString().slice(0, 19).replaceAll(':', '-')}Z.sqlite`;
}

/** The snapshot time a backup's name carries, or null for a file that is not one of ours. */
export function backupTimeOf(name: string): number | null {
  const match = PATTERN.exec(name);
  return match ? Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`) : null;
}

/** A snapshot is written under this suffix and renamed when complete (snapshot.ts). */
export const PARTIAL_SUFFIX = '.partial';

/** The temporary copy behind one GET /api/backup, beside the database. */
export const downloadFileName = (id: string) => `download-${id}.sqlite`;

const DOWNLOAD_PATTERN = /^download-[0-9a-f-]{36}\.sqlite(\.partial)?$/;

/** Files a stopped hub can leave behind and nobody else writes: download copies in the data folder, half-written
 *  snapshots (of ours) in the backup folder. */
export function leftoverFiles(names: readonly string[], where: 'data' | 'backups'): string[] {
  return names.filter((name) =>
    where === 'data' ? DOWNLOAD_PATTERN.test(name) : name.endsWith(PARTIAL_SUFFIX) && backupTimeOf(name.slice(0, -PARTIAL_SUFFIX.length)) !== null,
  );
}

const ours = (names: readonly string[]) =>
  names.flatMap((name) => {
    const at = backupTimeOf(name);
    return at === null ? [] : [{ name, at }];
  }).sort((a, b) => b.at - a.at);

export function newestBackupMs(names: readonly string[]): number | null {
  return ours(names)[0]?.at ?? null;
}

/** The backups beyond the newest `keep`. */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
  return ours(names).slice(keep).map((b) => b.name);
}
