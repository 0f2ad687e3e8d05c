// Follows the hub's event log over a WebSocket. The hub numbers every event (seq), so after any drop the stream
// reconnects with ?after=<last seq seen> and the hub replays what was missed: a screen never needs a full reload,
// and an event that arrives twice (replay overlapping live delivery) is dropped by its seq.
import { HubEvent } from '../common/schemas/events.ts';
import { doubtCredential } from './credentialDoubt.ts';

export interface EventStreamOptions {
  /** The seq of the snapshot the screen started from. */
  after: number;
  token: string | null;
  onEvent: (event: HubEvent) => void;
  onConnectionChange: (online: boolean) => void;
}

export interface EventStream {
  close: () => void;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 5_000;
/** The hub closes an open stream with this code when its credential was revoked or its session ended. */
const CLOSED_UNAUTHORISED = 4401;
/**
 * A hub refusing a new stream (a revoked device, an expired login) looks to the browser like any failed connect, so
 * after this many in a row the auth gate asks the hub whether the credential still holds.
 */
const FAILURES_BEFORE_DOUBT = 3;

function streamUrl(after: number, token: string | null): string {
  const url = new URL('/api/events', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('after', String(after));
  if (token) url.searchParams.set('token', token);
  return url.toString();
}

export function openEventStream({ after, token, onEvent, onConnectionChange }: EventStreamOptions): EventStream {
  let lastSeq = after;
  let retryMs = FIRST_RETRY_MS;
  let failedInARow = 0;
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const receive = (message: MessageEvent) => {
    let raw: unknown;
    try {
      raw = JSON.parse(String(message.data));
    } catch {
      return;
    }
    const seq = typeof raw === 'object' && raw !== null && 'seq' in raw ? Number(raw.seq) : NaN;
    if (!Number.isInteger(seq) || seq <= lastSeq) return;
    // The seq advances even for an event this screen cannot read (a newer hub's type), so it is not asked for again.
    lastSeq = seq;
    const parsed = HubEvent.safeParse(raw);
    if (parsed.success) onEvent(parsed.data);
  };

  const connect = () => {
    socket = new WebSocket(streamUrl(lastSeq, token));
    let opened = false;
    socket.onopen = () => {
      opened = true;
      failedInARow = 0;
      retryMs = FIRST_RETRY_MS;
      onConnectionChange(true);
    };
    socket.onmessage = receive;
    socket.onclose = (event) => {
      socket = null;
      if (closed) return;
      onConnectionChange(false);
      if (event.code === CLOSED_UNAUTHORISED || (!opened && ++failedInARow % FAILURES_BEFORE_DOUBT === 0)) doubtCredential();
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  };

  connect();
  return {
    close: () => {
      closed = true;
      clearTimeout(retryTimer);
      socket?.close();
    },
  };
}
