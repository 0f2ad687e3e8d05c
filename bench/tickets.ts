// bench/tickets: how fast the hub hands out durable ticket numbers, against the two physical limits that bound it:
// the disk's fsync rate for one committed SQLite transaction (every ticket is one), and an HTTP round trip on
// loopback. Prints figures and ratios; asserts nothing. Run: npm run bench
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../tests/helpers/hub.ts';
import { fsyncCeiling, loopbackRoundTrip, summarise, timed } from './measure.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

const dir = mkdtempSync(join(tmpdir(), 'lotsa-bench-'));
try {
  const fsync = await fsyncCeiling(dir, ROUNDS);

  const hub = await startHub({ dataDir: join(dir, 'hub') });
  try {
    const service = (await hub.api('POST', '/api/services', { name: 'Bench', prefix: 'B' })).body as { id: number };
    const roundTrip = await loopbackRoundTrip(hub, ROUNDS);
    const tickets = summarise('POST /api/tickets, one after another', await timed(ROUNDS, () => hub.api('POST', '/api/tickets', { serviceId: service.id })));
    console.log('');
    console.log(`tickets/s ÷ fsync commits/s      = ${(tickets.perSecond / fsync.perSecond).toFixed(2)}  (1.00 would be the disk's limit)`);
    console.log(`ticket p50 ÷ round-trip p50      = ${(tickets.p50 / roundTrip.p50).toFixed(2)}  (the cost of numbering, storing and the event, in round trips)`);
    console.log(`a centre's busiest minute (~50 tickets) takes ${((50 / tickets.perSecond) * 1000).toFixed(0)} ms of hub time`);
  } finally {
    await hub.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
