// A screen's hooks beyond the live queue (the silent alarm, the printer's state, the admin lists) follow the page's
// one event stream (ui/eventStream.ts) from now on. With a staff login or the token it also carries the staff-only
// events (the silent alarm) that public screens never receive; a paired visitor screen hears the public ones, such as
// the printer's state. onResync: the hub could not say what was missed; reload what the hook shows.
import { useEffect, useRef } from 'preact/hooks';
import type { HubEvent } from '../common/schemas/events.ts';
import { followEvents } from './eventStream.ts';

export function useStaffEvents(onEvent: (event: HubEvent) => void, onResync?: () => void): void {
  const listener = useRef({ onEvent, onResync });
  listener.current = { onEvent, onResync };
  useEffect(
    () =>
      followEvents({
        event: (event) => listener.current.onEvent(event),
        resync: () => listener.current.onResync?.(),
      }),
    [],
  );
}
