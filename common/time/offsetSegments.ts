// A period cut into stretches of constant UTC offset in a time zone, so a report can bucket a year of tickets by the
// centre's hour of day inside SQLite (which knows no time zones): local time is the UTC time plus the stretch's
// offset. A year in Stockholm is three stretches; each change comes from the zone's own list of transitions.
import { nextOffsetChangeMs, offsetAt } from './zone.ts';

export interface OffsetSegment {
  fromMs: number;
  toMs: number;
  offsetMs: number;
}

/** The stretches of [fromMs, toMs) (both finite), in order, each with the offset in force throughout it. */
export function offsetSegments(fromMs: number, toMs: number, timeZone: string): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let segmentStart = fromMs;
  let offset = offsetAt(fromMs, timeZone);
  for (let probe = fromMs; ; ) {
    const change = nextOffsetChangeMs(probe, timeZone);
    if (change === null || change >= toMs) break;
    probe = change;
    const after = offsetAt(change, timeZone);
    // A zone may change its name or rules without moving its clocks: that starts no new stretch.
    if (after === offset) continue;
    segments.push({ fromMs: segmentStart, toMs: change, offsetMs: offset });
    segmentStart = change;
    offset = after;
  }
  segments.push({ fromMs: segmentStart, toMs, offsetMs: offset });
  return segments;
}
