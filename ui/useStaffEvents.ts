// Staff screens (desk, admin) follow the event stream with their login or token, from now on, so they also hear the
// staff-only events (the silent alarm) that public screens never receive. A paired visitor screen hears the
// public ones, such as the printer's state.
import { useEffect, useRef } from 'preact/hooks';
import type { HubEvent } from '../common/schemas/events.ts';
import { QueueSnapshot } from '../common/schemas/tickets.ts';
import { apiGet } from './apiClient.ts';
import { openEventStream, type EventStream } from './eventStream.ts';
import { pageToken } from './pageParams.ts';
import { setCentreTimeZone } from './clockTime.ts';

export function useStaffEvents(onEvent: (event: HubEvent) => void): void {
  const listener = useRef(onEvent);
  listener.current = onEvent;
  useEffect(() => {
    let stream: EventStream | null = null;
    let stopped = false;
    apiGet('/api/queue', QueueSnapshot).then(
      ({ seq, timeZone }) => {
        setCentreTimeZone(timeZone);
        if (stopped) return;
        stream = openEventStream({ after: seq, token: pageToken(), onEvent: (event) => listener.current(event), onConnectionChange: () => {} });
      },
      () => {
        // The screen's own live queue reports a hub it cannot reach; this only adds staff events on top.
      },
    );
    return () => {
      stopped = true;
      stream?.close();
    };
  }, []);
}
