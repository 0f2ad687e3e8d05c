// The event log is the screens' feed, not the record reports read (they read tickets and visits), so it is kept
// eventRetentionDays and no longer: a year of events would otherwise be a year of replay for a screen that asks.
// The daily jobs delete the older ones a batch per transaction, letting other work in between batches, so a first
// prune of a long log never holds up a kiosk. No part of the hub reads old events later (prints and backups keep
// their own state), so nothing else holds the log back.
import type { HubContext } from '../context.ts';

const DAY_MS = 86_400_000;
const BATCH = 5_000;

/** How many events were deleted. */
export async function pruneEvents(ctx: HubContext): Promise<number> {
  const before = ctx.clock() - ctx.settings().eventRetentionDays * DAY_MS;
  const below = ctx.events.firstSeqFrom(before);
  let deleted = 0;
  for (;;) {
    const batch = ctx.writer.write(() => ctx.events.deleteOldest(below, BATCH));
    deleted += batch;
    if (batch < BATCH) return deleted;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
