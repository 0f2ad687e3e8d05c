// One client's feed of the event log: where it starts (after its seq, from now, or a resync), the replay of what it
// missed, then each event as it commits. Replay goes a page at a time through one pump shared by every client, which
// runs pages for a few milliseconds and then lets the hub's other work in, and a client's next page waits until its
// last one has left the process: twenty screens replaying a year of events cost the hub a few milliseconds at a
// time and hold one page each in memory, however slow their network. The switch from replay to live delivery
// happens in the same tick as the read that found nothing more: every event committed before it was in the log,
// every later one is published to the feed, so nothing falls between them and nothing comes twice.
import type { EventLog, StoredEvent } from './eventLog.ts';
import type { HubEvent, HubEventType } from '../../common/schemas/events.ts';

const PAGE = 500;
/** How long the pump sends pages before letting other work run. */
const SLICE_MS = 4;
/** A live client this far behind (bytes queued to its socket) is let go: it reconnects and replays in pages. */
export const LIVE_BACKLOG_CAP_BYTES = 4 * 1024 * 1024;

export interface FeedClient {
  /** Whether this client may see an event of this type; one it may not is skipped (a gap in its seqs). */
  sees(type: HubEventType): boolean;
  /** Sends one message; `flushed` is called once it has left the process (or could not be sent). */
  send(json: string, flushed?: () => void): void;
  /** Bytes queued to the client's socket and not yet sent. */
  backlogBytes(): number;
  /** The client stopped taking live events fast enough; the feed has stopped. */
  fellBehind(): void;
}

export interface Feed {
  stop(): void;
}

/** The one non-event message: the client's state cannot be brought up to date by events; reload it from the API. */
const resyncMessage = (seq: number) => JSON.stringify({ type: 'resync', seq });

const jsonOf = new WeakMap<HubEvent, string>();
/** A published event's text, made once however many clients it goes to. */
function eventJson(event: HubEvent): string {
  let json = jsonOf.get(event);
  if (json === undefined) jsonOf.set(event, (json = JSON.stringify(event)));
  return json;
}

/**
 * after: the last seq the client has; undefined starts from now. An `after` beyond the last seq (a restored, older
 * database) or before the first kept one (pruned) gets the resync message, then events from now.
 */
export function openFeed(log: EventLog, after: number | undefined, client: FeedClient): Feed {
  const last = log.lastSeq();
  let sent = after ?? last;
  if (after !== undefined && (after > last || after < log.firstSeq() - 1)) {
    client.send(resyncMessage(last));
    sent = last;
  }
  let stopped = false;
  let unsubscribe = () => {};

  const deliver = (event: StoredEvent, flushed?: () => void) => {
    sent = event.seq;
    if (client.sees(event.type)) client.send(event.json, flushed);
    else flushed?.();
  };
  const goLive = () => {
    unsubscribe = log.subscribe((event) => {
      if (stopped || event.seq <= sent) return;
      if (client.backlogBytes() > LIVE_BACKLOG_CAP_BYTES) {
        stop();
        client.fellBehind();
        return;
      }
      deliver({ seq: event.seq, type: event.type, json: eventJson(event) });
    });
  };
  const replayPage = () => {
    if (stopped) return;
    const page = log.pageAfter(sent, PAGE);
    if (page.length === 0) return goLive();
    page.forEach((event, i) => deliver(event, i === page.length - 1 ? () => pump.ready(replayPage) : undefined));
  };
  const stop = () => {
    stopped = true;
    unsubscribe();
  };

  if (sent < last) pump.ready(replayPage);
  else goLive();
  return { stop };
}

/** Runs the replay pages of every client in turn, a slice of time per turn of the event loop. */
class ReplayPump {
  private queue: (() => void)[] = [];
  private scheduled = false;

  ready(step: () => void): void {
    this.queue.push(step);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.run);
    }
  }

  private run = () => {
    this.scheduled = false;
    const until = performance.now() + SLICE_MS;
    const turn = this.queue;
    this.queue = [];
    let i = 0;
    for (; i < turn.length && performance.now() < until; i++) turn[i]!();
    // Whoever did not get a page this turn goes first in the next.
    if (i < turn.length) this.queue.unshift(...turn.slice(i));
    if (this.queue.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(this.run);
    }
  };
}

const pump = new ReplayPump();
