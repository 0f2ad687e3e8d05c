// When a call happened, on this display's clock. Events carry the hub's time; a display on its own mini-PC may run
// minutes off it (an offline centre has no time server), which would make every call look stale or none. Live
// events arrive within milliseconds of being made, so the smallest (arrival − event time) seen so far is the clock
// offset plus that small delay; events replayed after a reconnect arrive later than that and so show their age.

export interface EventClock {
  /** The local time the event at `eventAt` (ISO, hub clock) happened, given it arrived at local time `receivedAt`. */
  localTime: (eventAt: string, receivedAt: number) => number;
}

export function createEventClock(): EventClock {
  let offset = Infinity;
  return {
    localTime: (eventAt, receivedAt) => {
      const hubTime = Date.parse(eventAt);
      offset = Math.min(offset, receivedAt - hubTime);
      return hubTime + offset;
    },
  };
}
