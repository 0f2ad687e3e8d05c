import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planRestart } from '../../main/electron/restartPolicy.ts';

test('a hub that keeps crashing is restarted after 1, 2, 4, 8, 16 and then every 30 seconds', () => {
  const delays: number[] = [];
  let crashes = 0;
  for (let i = 0; i < 8; i++) {
    const plan = planRestart(crashes, 5_000);
    crashes = plan.crashesInARow;
    delays.push(plan.delayMs);
  }
  assert.deepEqual(delays, [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
});

test('a crash after a stable minute starts the schedule over; a shorter run does not', () => {
  assert.deepEqual(planRestart(6, 60_000), { crashesInARow: 1, delayMs: 1_000 });
  assert.deepEqual(planRestart(6, 59_999), { crashesInARow: 7, delayMs: 30_000 });
});

test('a hub that never answered counts as unstable, and a long crash streak never overflows the cap', () => {
  assert.deepEqual(planRestart(2, 0), { crashesInARow: 3, delayMs: 4_000 });
  assert.equal(planRestart(10_000, 0).delayMs, 30_000);
});

test('the policy can be tightened, as the process tests do', () => {
  assert.deepEqual(planRestart(1, 0, { firstDelayMs: 50, maxDelayMs: 120, stableAfterMs: 1_000 }), { crashesInARow: 2, delayMs: 100 });
  assert.deepEqual(planRestart(2, 0, { firstDelayMs: 50, maxDelayMs: 120, stableAfterMs: 1_000 }), { crashesInARow: 3, delayMs: 120 });
});
