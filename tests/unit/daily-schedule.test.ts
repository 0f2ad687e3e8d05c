// The pure decisions behind the nightly backup and the daily erasing of names: when a run is due, what a backup is
// called, and which backups go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dailyRunDue, latestDailySlotMs } from '../../main/backup/dailySchedule.ts';
import { backupFileName, backupsToDelete, backupTimeOf, newestBackupMs } from '../../main/backup/backupFiles.ts';

const TZ = 'Europe/Stockholm';
const at = (iso: string) => Date.parse(iso);

test('the daily slot is 02:30 centre time: today’s after it, yesterday’s before it', () => {
  assert.equal(latestDailySlotMs(at('2026-11-24T10:00:00Z'), TZ), at('2026-11-24T01:30:00Z'));
  assert.equal(latestDailySlotMs(at('2026-11-24T01:29:00Z'), TZ), at('2026-11-23T01:30:00Z'));
  assert.equal(latestDailySlotMs(at('2026-11-23T23:30:00Z'), TZ), at('2026-11-23T01:30:00Z'), '00:30 local on the 24th');
  // Summer time: 02:30 is 00:30 UTC.
  assert.equal(latestDailySlotMs(at('2026-06-10T12:00:00Z'), TZ), at('2026-06-10T00:30:00Z'));
});

test('a run is due first at start-up, then once after each 02:30, not again the same night', () => {
  assert.equal(dailyRunDue(at('2026-11-24T10:00:00Z'), null, TZ), true, 'never ran');
  assert.equal(dailyRunDue(at('2026-11-24T10:05:00Z'), at('2026-11-24T10:00:00Z'), TZ), false, 'just ran');
  assert.equal(dailyRunDue(at('2026-11-25T01:29:00Z'), at('2026-11-24T10:00:00Z'), TZ), false, '02:29 the next night');
  assert.equal(dailyRunDue(at('2026-11-25T01:31:00Z'), at('2026-11-24T10:00:00Z'), TZ), true, '02:31 the next night');
  assert.equal(dailyRunDue(at('2026-11-25T01:40:00Z'), at('2026-11-25T01:31:00Z'), TZ), false);
  // The hub was off at 02:30: due at start-up, whatever the hour.
  assert.equal(dailyRunDue(at('2026-11-26T09:00:00Z'), at('2026-11-25T01:31:00Z'), TZ), true);
});

test('the nights the clocks change still have exactly one slot', () => {
  // 2026-03-29: 02:00 → 03:00 in Stockholm; 2026-10-25: 03:00 → 02:00.
  for (const day of ['2026-03-29', '2026-10-25']) {
    const evening = at(`${day}T20:00:00Z`);
    const slot = latestDailySlotMs(evening, TZ);
    assert.ok(slot > at(`${day}T00:00:00Z`) && slot < at(`${day}T03:00:00Z`), `${day}: ${new Date(slot).toISOString()}`);
    assert.equal(dailyRunDue(evening, slot, TZ), false);
    assert.equal(dailyRunDue(evening, slot - 1, TZ), true);
  }
});

test('backup names carry their UTC time, sort in time order and have no colon', () => {
  const name = backupFileName(at('2026-11-24T01:30:05.123Z'));
  assert.equal(name, 'lotsa-2026-11-24T01-30-05Z.sqlite');
  assert.equal(backupTimeOf(name), at('2026-11-24T01:30:05Z'));
  assert.equal(backupTimeOf('lotsa.sqlite'), null);
  assert.equal(backupTimeOf(`${name}.partial`), null, 'a half-written backup is not a backup');
});

test('only our backups beyond the newest N are deleted; other files in the folder are left alone', () => {
  const nights = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map((d) => backupFileName(at(`${d}T01:30:00Z`)));
  const folder = ['notes.txt', nights[2]!, nights[0]!, 'lotsa-2026-11-19T01-30-00Z.sqlite.partial', nights[3]!, nights[1]!];
  assert.deepEqual(backupsToDelete(folder, 2), [nights[1], nights[0]]);
  assert.deepEqual(backupsToDelete(folder, 14), []);
  assert.equal(newestBackupMs(folder), at('2026-11-23T01:30:00Z'));
  assert.equal(newestBackupMs(['notes.txt']), null);
});
