// Erlang C against published figures: the standards page's worked check and Call Centre Helper's textbook example
// (100 calls in 30 minutes, 180 s handling, 80 % answered within 20 s: 10 erlangs, 14 agents).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { desksNeeded, erlangB, erlangC, shareWithin } from '../../common/stats/erlangC.ts';

const near = (actual: number, expected: number, digits: number, what: string) =>
  assert.ok(Math.abs(actual - expected) < 0.5 * 10 ** -digits, `${what}: ${actual}, expected ${expected}`);

describe('Erlang C', () => {
  test('the worked check: 10 an hour, 6 minutes each, two desks', () => {
    near(erlangC(2, 1), 1 / 3, 12, 'C(2, 1)');
    near(shareWithin(2, { arrivalsPerHour: 10, meanServiceMinutes: 6 }, 15), 1 - Math.exp(-2.5) / 3, 12, 'P(W ≤ 15 min)');
  });

  test('10 erlangs: the published probabilities of waiting and shares within 20 s', () => {
    const traffic = { arrivalsPerHour: 200, meanServiceMinutes: 3 };
    const published = [
      [11, 0.6821, 0.39],
      [12, 0.4494, 0.64],
      [13, 0.2853, 0.8],
      [14, 0.1741, 0.89],
    ] as const;
    for (const [agents, wait, within] of published) {
      near(erlangC(agents, 10), wait, 4, `C(${agents}, 10)`);
      near(shareWithin(agents, traffic, 20 / 60), within, 2, `service level with ${agents}`);
    }
    assert.equal(desksNeeded(traffic, 20 / 60, 0.8), 14);
  });

  test('Erlang B from its recursion matches the closed form on a small case', () => {
    // B(3, 2) = (2³/3!) / (1 + 2 + 2²/2 + 2³/6) = (4/3) / (19/3) = 4/19
    near(erlangB(3, 2), 4 / 19, 12, 'B(3, 2)');
  });

  test('stays finite where Aⁿ/n! would overflow: 990 erlangs on 1,000 desks', () => {
    const c = erlangC(1000, 990);
    assert.ok(c > 0 && c < 1, `C = ${c}`);
  });

  test('desks that cannot keep up wait always and meet no share', () => {
    assert.equal(erlangC(10, 10), 1);
    assert.equal(shareWithin(5, { arrivalsPerHour: 60, meanServiceMinutes: 6 }, 15), 0);
    // 60 an hour at 6 minutes is 6 erlangs: the smallest count that keeps up is 7, however lax the target.
    assert.equal(desksNeeded({ arrivalsPerHour: 60, meanServiceMinutes: 6 }, 480, 0.01), 7);
  });

  test('no arrivals need no desk; a share of 1 still ends', () => {
    assert.equal(desksNeeded({ arrivalsPerHour: 0, meanServiceMinutes: 6 }, 15, 0.8), 0);
    const all = desksNeeded({ arrivalsPerHour: 10, meanServiceMinutes: 6 }, 15, 1);
    assert.ok(all > 2 && all < 20, `${all} desks for everybody within 15 minutes`);
    assert.throws(() => desksNeeded({ arrivalsPerHour: 10, meanServiceMinutes: 6 }, 15, 0), RangeError);
  });
});
