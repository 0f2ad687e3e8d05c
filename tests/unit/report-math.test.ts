import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile } from '../../common/stats/percentile.ts';
import { centreCalendar } from '../../common/time/centreCalendar.ts';
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

describe('report periods', () => {
  test('a report for one day covers that whole local day; the default is today', () => {
    const now = Date.parse('2026-11-24T10:00:00Z');
    assert.deepEqual(reportPeriod({ from: '2026-11-24' }, now, centreCalendar('Europe/London')), {
      fromMs: Date.parse('2026-11-24T00:00:00Z'),
      toMs: Date.parse('2026-11-25T00:00:00Z'),
    });
    assert.deepEqual(reportPeriod({}, now, centreCalendar('UTC')), reportPeriod({ from: '2026-11-24', to: '2026-11-24' }, now, centreCalendar('UTC')));
  });

  test('an empty or reversed period is refused', () => {
    assert.throws(() => reportPeriod({ from: '2026-11-24', to: '2026-11-23' }, Date.now(), centreCalendar('UTC')), /empty/);
  });
});
