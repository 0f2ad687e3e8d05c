import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile } from '../../common/stats/percentile.ts';
import { dayStartMs, nextDay } from '../../common/time/zonedDay.ts';
import { reportPeriod } from '../../main/reports/reportPeriod.ts';

describe('percentile (nearest rank)', () => {
  test('median and p90 are observed values', () => {
    const waits = [60, 120, 180, 240, 300, 360, 420, 480, 540, 1200];
    assert.equal(percentile(waits, 50), 300);
    assert.equal(percentile(waits, 90), 540);
    assert.equal(percentile(waits, 100), 1200);
    assert.equal(percentile([42], 90), 42);
  });

  test('no values: no figure rather than zero', () => {
    assert.equal(percentile([], 50), null);
  });

  test('out-of-range percentiles are refused', () => {
    assert.throws(() => percentile([1], 101), RangeError);
  });
});

describe('centre days', () => {
  test('a Stockholm day starts at 23:00 UTC in winter and 22:00 UTC in summer', () => {
    assert.equal(new Date(dayStartMs('2026-11-24', 'Europe/Stockholm')).toISOString(), '2026-11-23T23:00:00.000Z');
    assert.equal(new Date(dayStartMs('2026-07-01', 'Europe/Stockholm')).toISOString(), '2026-06-30T22:00:00.000Z');
  });

  test('the day the clocks go forward is 23 hours long', () => {
    const length = dayStartMs('2026-03-30', 'Europe/Stockholm') - dayStartMs('2026-03-29', 'Europe/Stockholm');
    assert.equal(length, 23 * 3600_000);
  });

  test('next day crosses months and years', () => {
    assert.equal(nextDay('2026-11-30'), '2026-12-01');
    assert.equal(nextDay('2026-12-31'), '2027-01-01');
  });

  test('a report for one day covers that whole local day; the default is today', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    assert.deepEqual(reportPeriod({ from: '2026-11-24' }, now, 'Europe/London'), {
      fromMs: Date.parse('2026-11-24T00:00:00Z'),
      toMs: Date.parse('2026-11-25T00:00:00Z'),
    });
    assert.deepEqual(reportPeriod({}, now, 'UTC'), reportPeriod({ from: '2026-11-24', to: '2026-11-24' }, now, 'UTC'));
  });

  test('an empty or reversed period is refused', () => {
    assert.throws(() => reportPeriod({ from: '2026-11-24', to: '2026-11-23' }, Date.now(), 'UTC'), /empty/);
  });
});
