// The page's one event stream: one WebSocket to /api/events, one sequence and one resync path, that every hook on the
// page (the live queue, the alarm, the printer's state, the staff screens' lists) follows. It opens with the first
// follower, from now on, and closes with the last. After a drop it reconnects with ?after=<last seq seen> and the
// hub replays what was missed; an event that arrives twice is dropped by its seq. When the hub cannot say what was
// missed (its database was restored or replaced, or the screen was away longer than the hub keeps events) it sends
// the resync message, and every follower reloads its state from the API.
import { HubEvent, StreamResync } from '../common/schemas/events.ts';
import { doubtCredential } from './credentialDoubt.ts';
import { pageToken } from './pageParams.ts';

export interface EventFollower {
  /** Each event once, in seq order. */
  event?(event: HubEvent): void;
  /** What this follower holds may be out of date: reload it from the API. */
  resync?(): void;
  /** Told at once when the stream is already open, then at every change. */
  connection?(online: boolean): void;
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

const followers = new Set<EventFollower>();
/** The last seq this page has seen; undefined until the first message, so the first connect starts from now. */
let lastSeq: number | undefined;
let socket: WebSocket | null = null;
let online = false;
let retryMs = FIRST_RETRY_MS;
let failedInARow = 0;
/** A connection has opened since the first follower came. */
let openedBefore = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** Each follower on its own: one that throws is reported and the others still hear. */
function tell(call: (follower: EventFollower) => void): void {
  for (const follower of [...followers]) {
    try {
      call(follower);
    } catch (error) {
      console.error('an event follower failed:', error);
    }
  }
}

function streamUrl(): string {
  const url = new URL('/api/events', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (lastSeq !== undefined) url.searchParams.set('after', String(lastSeq));
  const token = pageToken();
  if (token) url.searchParams.set('token', token);
  return url.toString();
}

function receive(message: MessageEvent): void {
  let raw: unknown;
  try {
    raw = JSON.parse(String(message.data));
  } catch {
    return;
  }
  const resync = StreamResync.safeParse(raw);
  if (resync.success) {
    lastSeq = resync.data.seq;
    tell((follower) => follower.resync?.());
    return;
  }
  const seq = typeof raw === 'object' && raw !== null && 'seq' in raw ? Number(raw.seq) : NaN;
  if (!Number.isInteger(seq) || (lastSeq !== undefined && seq <= lastSeq)) return;
  // The seq advances even for an event this screen cannot read (a newer hub's type), so it is not asked for again.
  lastSeq = seq;
  const parsed = HubEvent.safeParse(raw);
  if (parsed.success) tell((follower) => follower.event?.(parsed.data));
}

function setOnline(up: boolean): void {
  online = up;
  tell((follower) => follower.connection?.(up));
}

function connect(): void {
  const current = new WebSocket(streamUrl());
  socket = current;
  let opened = false;
  current.onopen = () => {
    opened = true;
    failedInARow = 0;
    retryMs = FIRST_RETRY_MS;
    setOnline(true);
    // A stream that dropped before its first event cannot say where it was: what came in between is unknown.
    if (openedBefore && lastSeq === undefined) tell((follower) => follower.resync?.());
    openedBefore = true;
  };
  current.onmessage = receive;
  current.onclose = (event) => {
    if (socket !== current) return;
    socket = null;
    setOnline(false);
    if (event.code === CLOSED_UNAUTHORISED || (!opened && ++failedInARow % FAILURES_BEFORE_DOUBT === 0)) doubtCredential();
    retryTimer = setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };
}

function disconnect(): void {
  clearTimeout(retryTimer);
  const current = socket;
  socket = null;
  current?.close();
  online = false;
  lastSeq = undefined;
  openedBefore = false;
  retryMs = FIRST_RETRY_MS;
  failedInARow = 0;
}

/** Follows the page's stream; returns the function that stops following. */
export function followEvents(follower: EventFollower): () => void {
  followers.add(follower);
  if (followers.size === 1 && socket === null) connect();
  else if (online) follower.connection?.(true);
  return () => {
    followers.delete(follower);
    if (followers.size === 0) disconnect();
  };
}
