// The visitor's ticket as the hub sees it, refreshed every few seconds until the visit ends. Polling rather than
// the event stream: a phone on the guest network may sleep and wake at any time, and a poll needs no catching up.
import { useEffect, useState } from 'preact/hooks';
import { FollowView } from '../common/schemas/tickets.ts';
import { apiGet, ApiError } from '../ui/apiClient.ts';

const POLL_MS = 3_000;

export type FollowState = { kind: 'loading' } | { kind: 'not-found' } | { kind: 'ticket'; view: FollowView };

/** The token is the last part of the page's path: /t/<token>. */
export function pageFollowToken(): string {
  return decodeURIComponent(window.location.pathname.split('/').pop() ?? '');
}

export function useFollow(token: string): FollowState {
  const [state, setState] = useState<FollowState>({ kind: 'loading' });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      try {
        const view = await apiGet(`/api/follow/${encodeURIComponent(token)}`, FollowView);
        if (stopped) return;
        setState({ kind: 'ticket', view });
        if (view.ended) return; // the visit is over: nothing more will change
      } catch (error) {
        if (stopped) return;
        // 404 and 400 mean this link leads to no ticket; anything else (offline) is tried again.
        if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return setState({ kind: 'not-found' });
      }
      timer = setTimeout(load, POLL_MS);
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [token]);
  return state;
}
