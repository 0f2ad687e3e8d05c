// GDPR: a booked visitor's name is kept only as long as the booking needs it. Names of bookings made for more than
// nameRetentionDays ago are set to NULL in one HubWriter transaction with one staff-only event saying how many, so
// the change is in the log like every other while the names themselves never were.
import type { HubContext } from '../context.ts';

const DAY_MS = 86_400_000;

/** How many names were erased. */
export function eraseExpiredNames(ctx: HubContext): number {
  return ctx.writer.write((emit, now) => {
    const bookedBefore = now - ctx.settings().nameRetentionDays * DAY_MS;
    const { changes } = ctx.db.prepare('UPDATE appointments SET name = NULL WHERE name IS NOT NULL AND starts_at < ?').run(bookedBefore);
    if (changes > 0) emit({ type: 'appointments.names-erased', count: changes, bookedBefore: new Date(bookedBefore).toISOString() });
    return changes;
  });
}
