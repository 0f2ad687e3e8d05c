// Loads the snapshot (queue, services, desks) and follows the page's event stream from the snapshot's seq. A snapshot
// counts only when it was asked for while the stream was open: then every event after its seq reaches the stream,
// and those that arrive while it loads are folded in once it has. Until the hub answers, it retries quietly: a wall
// screen switched on before the hub must come up by itself. A resync from the hub loads a fresh snapshot.
import { useEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { QueueSnapshot, type TicketView } from '../common/schemas/tickets.ts';
import type { HubEvent } from '../common/schemas/events.ts';
import { Service } from '../common/schemas/services.ts';
import { Desk } from '../common/schemas/desks.ts';
import { apiGet } from './apiClient.ts';
import { followEvents } from './eventStream.ts';
import { applyEvent, fromSnapshot, placeTicket, type LiveQueue } from './liveQueue.ts';

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
    let streamOpen = false;
    /** The snapshot held was asked for while the stream was open. */
    let current = false;
    /** Events that came while a snapshot loads; null while none is loading. */
    let pending: HubEvent[] | null = null;
    /** Only the newest load's answer is used. */
    let generation = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const load = async () => {
      clearTimeout(retry);
      const mine = ++generation;
      const whileOpen = streamOpen;
      pending = [];
      try {
        const [snapshot, services, desks] = await Promise.all([
          apiGet('/api/queue', QueueSnapshot),
          apiGet('/api/services', z.array(Service)),
          apiGet('/api/desks', z.array(Desk)),
        ]);
        if (stopped || mine !== generation) return;
        const heard = pending;
        pending = null;
        current = whileOpen;
        setLoadError(null);
        setQueue(fromSnapshot(snapshot, services, desks));
        // The snapshot already holds the earlier ones, but the display still announces a call it heard meanwhile.
        for (const event of heard) {
          if (event.seq > snapshot.seq) setQueue((held) => (held ? applyEvent(held, event) : held));
          listener.current?.(event);
        }
      } catch (error) {
        if (stopped || mine !== generation) return;
        pending = null;
        setLoadError(error instanceof Error ? error : new Error(String(error)));
        retry = setTimeout(load, SNAPSHOT_RETRY_MS);
      }
    };
    const unfollow = followEvents({
      event: (event) => {
        // The hub's business day turned (in the centre's zone, whatever the browser's): start from its snapshot,
        // which carries the day and the zone now in force, rather than show yesterday's last calls all morning.
        if (event.type === 'day.started') {
          listener.current?.(event);
          void load();
          return;
        }
        if (pending) return void pending.push(event);
        setQueue((held) => (held ? applyEvent(held, event) : held));
        listener.current?.(event);
      },
      resync: () => void load(),
      connection: (up) => {
        streamOpen = up;
        setOnline(up);
        if (up && !current) void load();
      },
    });
    // Shown at once (or the reason the hub cannot be reached), and taken again once the stream is open.
    if (pending === null && !current) void load();
    return () => {
      stopped = true;
      clearTimeout(retry);
      unfollow();
    };
  }, []);

  const applyTicket = (ticket: TicketView) => setQueue((current) => (current ? placeTicket(current, ticket) : current));
  return { queue, online, loadError, applyTicket };
}
