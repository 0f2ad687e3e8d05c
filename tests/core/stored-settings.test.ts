// Settings are read from a real SQLite file and held to the rules they were saved under: a broken or out-of-range
// stored value (a hand edit, a backup from another version) gives way to the default, with one warning.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/openDatabase.ts';
import { DEFAULT_SETTINGS, readSettings, writeSetting } from '../../main/settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'lotsa-settings-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a stored setting that breaks its rule is read as the default, and said once', () => {
  const db = openDatabase(dir);
  try {
    writeSetting(db, 'centreName', 'Medborgarservice Kista');
    const store = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    store.run('timeZone', JSON.stringify('Mars/Olympus_Mons'));
    store.run('waitTargetMinutes', JSON.stringify(-5));
    store.run('noShowAfterRecalls', '{broken');
    store.run('publicBaseUrl', JSON.stringify('javascript:alert(1)'));
    store.run('legacyKey', JSON.stringify('left by an old version'));
    const warnings: string[] = [];
    const settings = readSettings(db, (line) => warnings.push(line));
    assert.equal(settings.centreName, 'Medborgarservice Kista', 'a valid value is kept');
    assert.equal(settings.timeZone, DEFAULT_SETTINGS.timeZone);
    assert.equal(settings.waitTargetMinutes, DEFAULT_SETTINGS.waitTargetMinutes);
    assert.equal(settings.noShowAfterRecalls, DEFAULT_SETTINGS.noShowAfterRecalls);
    assert.equal(settings.publicBaseUrl, null);
    assert.ok(!('legacyKey' in settings), 'a key this version does not know is not merged in');
    assert.equal(warnings.length, 4);
    assert.match(warnings.join('\n'), /setting timeZone: the stored value "Mars\/Olympus_Mons" is not valid/);
    readSettings(db, (line) => warnings.push(line));
    assert.equal(warnings.length, 4, 'said once, not on every read');
  } finally {
    db.close();
  }
});
