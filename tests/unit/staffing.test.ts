// The staffing forecast's arithmetic and the local day's hours, tested directly: the API test recomputes a few hours
// of a seeded history through the hub.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { countByHour, dayHours } from '../../common/time/dayHours.ts';
import { isoWeekday, meanPerHour, recentSameWeekdays, staffingHour } from '../../common/stats/staffing.ts';

const STOCKHOLM = 'Europe/Stockholm';
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe("a local day's hours", () => {
  test('an ordinary day: 24 one-hour spans from local midnight', () => {
    const hours = dayHours('2026-11-24', STOCKHOLM);
    assert.equal(hours.length, 24);
    assert.deepEqual(hours[0], { fromMs: at('2026-11-23T23:00:00Z'), toMs: at('2026-11-24T00:00:00Z') });
    assert.ok(hours.every((h) => h !== null && h.toMs - h.fromMs === HOUR));
  });

  test('spring forward: 02 is skipped, 03 follows 01', () => {
    const hours = dayHours('2026-03-29', STOCKHOLM);
    assert.equal(hours[2], null);
    assert.equal(hours[1]!.toMs, hours[3]!.fromMs);
    assert.equal(hours.filter((h) => h !== null).length, 23);
  });

  test('fall back: the repeated 02 is one two-hour span', () => {
    const hours = dayHours('2026-10-25', STOCKHOLM);
    assert.deepEqual(hours[2], { fromMs: at('2026-10-25T00:00:00Z'), toMs: at('2026-10-25T02:00:00Z') });
    assert.equal(countByHour([at('2026-10-25T00:30:00Z'), at('2026-10-25T01:30:00Z'), at('2026-10-25T08:00:00Z'), at('2026-10-26T08:00:00Z')], hours)[2], 2);
  });
});

describe('staffing arithmetic', () => {
  test('ISO weekdays', () => {
    assert.equal(isoWeekday('2026-11-30'), 1, 'a Monday');
    assert.equal(isoWeekday('2026-12-06'), 7, 'a Sunday');
  });

  test('the 8 most recent open days of each weekday asked for; closed days never count', () => {
    // Every day from 2026-09-01 to 2026-11-29 but the Tuesday 2026-11-24 (closed), newest first.
    const open: string[] = [];
    for (let ms = at('2026-11-29'); ms >= at('2026-09-01'); ms -= 24 * HOUR) open.push(new Date(ms).toISOString().slice(0, 10));
    const days = recentSameWeekdays(
      open.filter((d) => d !== '2026-11-24'),
      new Set([1, 2]),
    );
    assert.deepEqual(days.get(2), ['2026-11-17', '2026-11-10', '2026-11-03', '2026-10-27', '2026-10-20', '2026-10-13', '2026-10-06', '2026-09-29']);
    assert.equal(days.get(1)!.length, 8);
    assert.equal(days.get(1)![0], '2026-11-23');
    assert.equal(days.has(3), false, 'only the weekdays asked for');
    assert.deepEqual(recentSameWeekdays(['2026-11-23'], new Set([1])).get(1), ['2026-11-23'], 'fewer than 8 when history is short');
  });

  test('mean arrivals per hour; none without history', () => {
    const day = (nine: number) => Array.from({ length: 24 }, (_, h) => (h === 9 ? nine : 0));
    assert.equal(meanPerHour([day(10), day(13), day(0)])[9], 23 / 3);
    assert.deepEqual(meanPerHour([]), Array(24).fill(0));
  });

  test("an hour's figures: desks by Erlang C, 0 without arrivals, none without a service time, the past hour's share", () => {
    const target = { targetMinutes: 15, targetShare: 0.8 };
    // 10 an hour at 6 minutes: 1 erlang; 2 desks call 97 % within 15 minutes.
    assert.equal(staffingHour(9, 10, 6, target, null).desksNeeded, 2);
    assert.deepEqual(staffingHour(9, 10, 6, target, { issued: 8, calledWithinTarget: 6, desksOpen: 1 }), {
      hour: 9,
      expectedArrivals: 10,
      meanServiceMinutes: 6,
      desksNeeded: 2,
      desksOpen: 1,
      shareWithinTarget: 0.75,
    });
    assert.equal(staffingHour(3, 0, 6, target, null).desksNeeded, 0);
    assert.equal(staffingHour(3, 0, null, target, null).desksNeeded, 0);
    assert.equal(staffingHour(9, 4, null, target, null).desksNeeded, null);
    assert.equal(staffingHour(20, 0, 6, target, { issued: 0, calledWithinTarget: 0, desksOpen: 0 }).shareWithinTarget, null);
  });
});
