// A period cut into stretches of constant UTC offset in a time zone, so a report can bucket a year of tickets by the
// centre's hour of day inside SQLite (which knows no time zones): local time is the UTC time plus the stretch's
// offset. A year in Stockholm is three stretches; the offset is sampled daily and each change pinned to the minute.

export interface OffsetSegment {
  fromMs: number;
  toMs: number;
  offsetMs: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at the minute of atMs (a formatter per zone is kept: making one is the slow part). */
export function offsetAt(atMs: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formats.set(timeZone, format);
  }
  const minuteStart = Math.floor(atMs / MINUTE) * MINUTE;
  const parts = Object.fromEntries(format.formatToParts(minuteStart).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) - minuteStart;
}

export function offsetSegments(fromMs: number, toMs: number, timeZone: string): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let start = fromMs;
  let offset = offsetAt(fromMs, timeZone);
  // Probes on whole minutes, where every zone changes its clocks.
  for (let probe = Math.floor(fromMs / MINUTE) * MINUTE; probe < toMs; ) {
    let high = Math.min(probe + DAY, Math.ceil(toMs / MINUTE) * MINUTE);
    if (offsetAt(high, timeZone) === offset) {
      probe = high;
      continue;
    }
    // The change lies in (low, high]: halve the gap down to one minute.
    let low = probe;
    while (high - low > MINUTE) {
      const middle = low + Math.max(1, Math.floor((high - low) / MINUTE / 2)) * MINUTE;
      if (offsetAt(middle, timeZone) === offset) low = middle;
      else high = middle;
    }
    if (high >= toMs) break;
    segments.push({ fromMs: start, toMs: high, offsetMs: offset });
    start = high;
    offset = offsetAt(high, timeZone);
    probe = high;
  }
  segments.push({ fromMs: start, toMs, offsetMs: offset });
  return segments;
}
