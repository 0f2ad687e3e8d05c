// Loads the snapshot (queue, services, desks) and follows the event stream from the snapshot's seq. Until the hub
// answers, it retries quietly: a wall screen switched on before the hub must come up by itself.
import { useEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { QueueSnapshot, type TicketView } from '../common/schemas/tickets.ts';
import type { HubEvent } from '../common/schemas/events.ts';
import { Service } from '../common/schemas/services.ts';
import { Desk } from '../common/schemas/desks.ts';
import { apiGet } from './apiClient.ts';
import { openEventStream } from './eventStream.ts';
import { applyEvent, fromSnapshot, placeTicket, type LiveQueue } from './liveQueue.ts';
import { pageToken } from './pageParams.ts';
import { setCentreTimeZone } from './clockTime.ts';

const SNAPSHOT_RETRY_MS = 2_000;

export interface LiveQueueState {
  queue: LiveQueue | null;
  online: boolean;
  /** The last failure to load the snapshot, cleared once it loads. */
  loadError: Error | null;
  /** Folds in a ticket the screen itself changed, without waiting for its event. */
  applyTicket: (ticket: TicketView) => void;
}

/** onEvent: also told of every event as it arrives (the display announces calls), after the queue has folded it in. */
export function useLiveQueue(onEvent?: (event: HubEvent) => void): LiveQueueState {
  const [queue, setQueue] = useState<LiveQueue | null>(null);
  const listener = useRef(onEvent);
  listener.current = onEvent;
  const [online, setOnline] = useState(false);
  const [loadError, setLoadError] = useState<Error | null>(null);

  useEffect(() => {
    let stopped = false;
    let stream: { close: () => void } | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let lastSeq = 0;

    // Starts again from a fresh snapshot: the hub's queue is a different one from the one this screen holds.
    const resync = () => {
      stream?.close();
      stream = null;
      void load();
    };
    // A reconnect normally just replays what was missed. But a hub whose database was replaced (restored backup,
    // new install) numbers its events from a lower seq, and replay would wait for seqs that never come.
    const checkSameHub = async () => {
      try {
        const snapshot = await apiGet('/api/queue', QueueSnapshot);
        if (!stopped && snapshot.seq < lastSeq) resync();
      } catch {
        // Not reachable after all: the stream's own reconnect keeps trying.
      }
    };
    const load = async () => {
      try {
        const [snapshot, services, desks] = await Promise.all([
          apiGet('/api/queue', QueueSnapshot),
          apiGet('/api/services', z.array(Service)),
          apiGet('/api/desks', z.array(Desk)),
        ]);
        if (stopped) return;
        setLoadError(null);
        setCentreTimeZone(snapshot.timeZone);
        setQueue(fromSnapshot(snapshot, services, desks));
        lastSeq = snapshot.seq;
        let connectedBefore = false;
        stream = openEventStream({
          after: snapshot.seq,
          token: pageToken(),
          onEvent: (event) => {
            lastSeq = event.seq;
            // The hub's business day turned (in the centre's zone, whatever the browser's): start from its snapshot,
            // which carries the day and the zone now in force, rather than show yesterday's last calls all morning.
            if (event.type === 'day.started') {
              listener.current?.(event);
              resync();
              return;
            }
            setQueue((current) => (current ? applyEvent(current, event) : current));
            listener.current?.(event);
          },
          onConnectionChange: (up) => {
            setOnline(up);
            if (up && connectedBefore) void checkSameHub();
            if (up) connectedBefore = true;
          },
        });
      } catch (error) {
        if (stopped) return;
        setLoadError(error instanceof Error ? error : new Error(String(error)));
        retry = setTimeout(load, SNAPSHOT_RETRY_MS);
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(retry);
      stream?.close();
    };
  }, []);

  const applyTicket = (ticket: TicketView) => setQueue((current) => (current ? placeTicket(current, ticket) : current));
  return { queue, online, loadError, applyTicket };
}
