// The wall's lists (desks, waiting per service) are paged rather than cut off: the rows that fit the space make a
// page, and the pages turn by themselves so every row is on the wall within one round.

/**
 * The index of each page's first row, filling each page with as many whole rows as fit `available` pixels. A row
 * taller than the space still gets a page of its own, so no row is ever skipped.
 */
export function pageStarts(rowHeights: readonly number[], available: number): number[] {
  const starts = [0];
  let used = 0;
  rowHeights.forEach((height, index) => {
    if (used > 0 && used + height > available) {
      starts.push(index);
      used = 0;
    }
    used += height;
  });
  return starts;
}

/** The rows of page `page` (0-based) out of `items`, given the pages' first rows. */
export function pageSlice<T>(items: readonly T[], starts: readonly number[], page: number): T[] {
  return items.slice(starts[page] ?? 0, starts[page + 1] ?? items.length);
}
