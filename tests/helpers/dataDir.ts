// A hub's data folder prepared before it starts: a temporary directory, optionally with centre settings stored the
// way the hub keeps them (there is no settings API yet), and its removal afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { writeSetting, type Settings } from '../../main/settings.ts';

export function makeDataDir(settings: Partial<Settings> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'lotsa-api-'));
  if (Object.keys(settings).length > 0) {
    const db = openDatabase(dir);
    try {
      for (const [key, value] of Object.entries(settings)) writeSetting(db, key as keyof Settings, value as never);
    } finally {
      db.close();
    }
  }
  return dir;
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
