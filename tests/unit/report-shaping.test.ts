// The pure maths behind the reports, checked directly: wait figures from samples, the net score, and CSV as
// spreadsheets read it (the time-zone stretches that bucket hours in SQL are in time-zones.test.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FINISHED, NO_SHOW, NOT_SERVED, UNCALLED_PAST_TARGET, waitStats, waitStatsBy, type WaitSample } from '../../common/stats/waitStats.ts';
import { netScore } from '../../common/stats/netScore.ts';

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
    [2, null, NOT_SERVED | UNCALLED_PAST_TARGET], // still waiting at closing, past the target
  ];

  test('counts, nearest-rank median and p90 in seconds, share within target and how many were over it', () => {
    assert.deepEqual(waitStats(samples, target), {
      issued: 7,
      called: 4,
      served: 3,
      noShows: 1,
      notServed: 1,
      medianWaitSeconds: 15 * 60,
      p90WaitSeconds: 40 * 60,
      shareWithinTarget: 2 / 6,
      overTarget: 4,
    });
  });

  test('grouped by a folded key, in key order; the groups add up to the whole', () => {
    const groups = waitStatsBy(samples, (key) => key, target);
    assert.deepEqual([...groups.keys()], [1, 2]);
    assert.equal(groups.get(1)!.shareWithinTarget, 2 / 3);
    assert.equal(groups.get(2)!.overTarget, 3);
    assert.equal(groups.get(1)!.issued + groups.get(2)!.issued, 7);
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
