// bench/replay: a hub holding a long event log (200,000 events of the size the hub writes, as a busy centre gathers
// over its retention period) while 20 screens reconnect at once with after=0, as after a network outage, and each
// replays the whole log (in a process of their own). Meanwhile GET /api/health is asked one after another: the hub must keep
// answering (goal p99 under 50 ms). Prints that latency against an idle loopback round trip, and the replay's
// throughput in events and bytes per second. Asserts nothing but that every stream got every event once, in order (exits 1 if not).
// Run: npm run bench:replay (BENCH_EVENTS, BENCH_STREAMS)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../tests/helpers/hub.ts';
import { seedEventHistory } from '../tests/helpers/eventHistory.ts';
import { fork } from 'node:child_process';
import type { ReplayJob, ReplayResult } from './replayScreens.ts';
import { loopbackRoundTrip, summarise } from './measure.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 20);
const GOAL_P99_MS = 50;
const STEP_MS = 5_000;

const dir = mkdtempSync(join(tmpdir(), 'lotsa-bench-replay-'));
let healthy = true;
try {
  const dataDir = join(dir, 'hub');
  // Stamped over the last days, so the hub's own retention keeps all of them.
  const history = seedEventHistory(dataDir, EVENTS, Date.now() - EVENTS * STEP_MS, STEP_MS);
  const hub = await startHub({ dataDir });
  try {
    const roundTrip = await loopbackRoundTrip(hub, 300);
    console.log(`${EVENTS} events stored (${history.bytesPerEvent} B each as stored); ${STREAMS} streams open with after=0 at once`);

    const job: ReplayJob = { url: hub.url, token: hub.token, lastSeq: history.lastSeq, streams: STREAMS };
    const screens = fork(new URL('./replayScreens.ts', import.meta.url), [JSON.stringify(job)], { execArgv: ['--import', 'tsx'] });
    const exited = new Promise<never>((_, reject) => screens.once('exit', (code) => reject(new Error(`the replaying screens exited with ${code}`))));
    exited.catch(() => {}); // its normal exit after the result is no failure
    const next = () => Promise.race([new Promise((resolve) => screens.once('message', resolve)), exited]);
    await next(); // 'started'
    const start = performance.now();
    let replaying = true;
    const all = (next() as Promise<ReplayResult>).finally(() => (replaying = false));
    const health: number[] = [];
    let failed = 0;
    while (replaying) {
      const asked = performance.now();
      try {
        await hub.api('GET', '/api/health');
        health.push(performance.now() - asked);
      } catch {
        failed++;
        if (hub.process.exitCode !== null) throw new Error(`the hub died during the replay:\n${hub.output().slice(-2000)}`);
      }
    }
    if (failed > 0) {
      healthy = false;
      console.log(`${failed} GET /api/health failed during the replays`);
    }
    const replayed = await all;
    const seconds = (performance.now() - start) / 1000;

    const during = summarise('GET /api/health during the replays', health);
    console.log(`${''.padEnd(44)} max ${Math.max(...health).toFixed(2)} ms over ${health.length} requests`);
    const { events } = replayed;
    const megabytes = replayed.bytes / 1e6;
    const slowest = replayed.slowestMs / 1000;
    console.log(`replay: ${events} events (${megabytes.toFixed(0)} MB) in ${seconds.toFixed(2)} s = ${(events / seconds).toFixed(0)} events/s, ${(megabytes / seconds).toFixed(1)} MB/s; slowest stream ${slowest.toFixed(2)} s`);
    console.log('');
    console.log(`health p50 during replay ÷ idle round-trip p50 = ${(during.p50 / roundTrip.p50).toFixed(1)}`);
    console.log(`health p99 during replay ÷ idle round-trip p50 = ${(during.p99 / roundTrip.p50).toFixed(1)}`);
    console.log(`health p99 during replay ÷ idle round-trip p99 = ${(during.p99 / roundTrip.p99).toFixed(1)}`);
    console.log(`health p99 ÷ ${GOAL_P99_MS} ms goal                    = ${(during.p99 / GOAL_P99_MS).toFixed(2)}  (under 1.00 meets it)`);
    console.log(`one event replayed ÷ idle round trip           = 1 / ${((roundTrip.p50 / 1000) * (events / seconds)).toFixed(0)}  (events replayed in the time of one round trip)`);
    if (replayed.wrong > 0) {
      healthy = false;
      console.log(`${replayed.wrong} stream(s) did not get every event once, in order`);
    }
  } finally {
    await hub.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(healthy ? 0 : 1);
