// When the wall shows "you said, we did": only after a minute without a call, so it never competes with one, and
// then one item at a time, cycling. Pure, so the timing is read here rather than inferred from timers.
export const QUIET_BEFORE_PANEL_MS = 60_000;
export const PANEL_CYCLE_MS = 12_000;

/** The index of the item to show at `now`, or null while a call is recent or there is nothing to show. */
export function panelIndex(count: number, lastCallAt: number, now: number): number | null {
  const quietFor = now - lastCallAt;
  if (count === 0 || quietFor < QUIET_BEFORE_PANEL_MS) return null;
  return Math.floor((quietFor - QUIET_BEFORE_PANEL_MS) / PANEL_CYCLE_MS) % count;
}
