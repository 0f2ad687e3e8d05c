// The pure maths behind the reports, checked directly: wait figures from samples, the net score, the time-zone
// stretches that bucket hours in SQL, and CSV as spreadsheets read it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FINISHED, NO_SHOW, UNCALLED_PAST_TARGET, waitStats, waitStatsBy, type WaitSample } from '../../common/stats/waitStats.ts';
import { netScore } from '../../common/stats/netScore.ts';
import { offsetAt, offsetSegments } from '../../common/time/offsetSegments.ts';
import { localTime } from '../../common/time/localTime.ts';
import { csvCell, toCsv } from '../../main/reports/csv.ts';

const MIN = 60_000;

describe('wait figures', () => {
  const target = 15 * MIN;
  const samples: WaitSample[] = [
    [1, 2 * MIN, FINISHED],
    [1, 15 * MIN, FINISHED], // exactly on the target counts as within
    [1, 16 * MIN, NO_SHOW],
    [2, 40 * MIN, FINISHED],
    [2, null, UNCALLED_PAST_TARGET], // never called, waited past the target: outside it
    [2, null, 0], // never called, still within the target: not judged yet
  ];

  test('counts, nearest-rank median and p90 in seconds, share within target and how many were over it', () => {
    assert.deepEqual(waitStats(samples, target), {
      issued: 6,
      called: 4,
      served: 3,
      noShows: 1,
      medianWaitSeconds: 15 * 60,
      p90WaitSeconds: 40 * 60,
      shareWithinTarget: 2 / 5,
      overTarget: 3,
    });
  });

  test('grouped by a folded key, in key order; the groups add up to the whole', () => {
    const groups = waitStatsBy(samples, (key) => key, target);
    assert.deepEqual([...groups.keys()], [1, 2]);
    assert.equal(groups.get(1)!.shareWithinTarget, 2 / 3);
    assert.equal(groups.get(2)!.overTarget, 2);
    assert.equal(groups.get(1)!.issued + groups.get(2)!.issued, 6);
    assert.deepEqual([...waitStatsBy(samples, () => 0, target).values()], [waitStats(samples, target)]);
  });

  test('no tickets: no figures rather than zeros', () => {
    const none = waitStats([], target);
    assert.equal(none.medianWaitSeconds, null);
    assert.equal(none.shareWithinTarget, null);
    assert.equal(none.issued, 0);
  });
});

describe('net score', () => {
  test('share positive minus share negative over the answers given', () => {
    assert.deepEqual(netScore({ positive: 6, negative: 2, answers: 10, responses: 3 }), { positive: 6, negative: 2, answers: 10, responses: 3, score: 0.4 });
    assert.equal(netScore({ positive: 0, negative: 4, answers: 4, responses: 4 }).score, -1);
    assert.equal(netScore({ positive: 0, negative: 0, answers: 0, responses: 0 }).score, null);
  });
});

describe('time-zone stretches', () => {
  test('a Stockholm year is three stretches, changing at 01:00 UTC on the last Sundays of March and October', () => {
    const segments = offsetSegments(Date.parse('2025-11-23T23:00:00Z'), Date.parse('2026-11-23T23:00:00Z'), 'Europe/Stockholm');
    assert.deepEqual(
      segments.map((s) => [new Date(s.fromMs).toISOString(), new Date(s.toMs).toISOString(), s.offsetMs / 3_600_000]),
      [
        ['2025-11-23T23:00:00.000Z', '2026-03-29T01:00:00.000Z', 1],
        ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z', 2],
        ['2026-10-25T01:00:00.000Z', '2026-11-23T23:00:00.000Z', 1],
      ],
    );
  });

  test('a zone without clock changes is one stretch; offsets of other zones are right', () => {
    assert.equal(offsetSegments(0, 400 * 86_400_000, 'UTC').length, 1);
    assert.equal(offsetAt(Date.parse('2026-07-01T12:00:00Z'), 'Europe/London'), 3_600_000);
    assert.equal(offsetAt(Date.parse('2026-07-01T12:00:00Z'), 'Asia/Kolkata'), 5.5 * 3_600_000);
  });

  test('local wall-clock time for spreadsheets', () => {
    assert.equal(localTime('Europe/Stockholm')(Date.parse('2026-07-01T07:05:09Z')), '2026-07-01 09:05:09');
  });
});

describe('CSV', () => {
  test('quotes what needs quoting and doubles quotes', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('Bygga, bo'), '"Bygga, bo"');
    assert.equal(csvCell('he said "hi"'), '"he said ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(-3), '-3', 'a number stays a number');
  });

  test('a cell a spreadsheet would run as a formula is made text', () => {
    for (const start of ['=', '+', '-', '@']) assert.equal(csvCell(`${start}SUM(A1)`), `'${start}SUM(A1)`);
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
  });

  test('a BOM first so åäö survive, CRLF rows', () => {
    const text = toCsv(['a', 'b'], [['å', 1], ['ö', null]]);
    assert.equal(text, '\uFEFFa,b\r\nå,1\r\nö,\r\n');
  });
});
