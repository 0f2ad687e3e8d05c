// A busy centre in miniature, shared by the load test and bench/load: many paired displays following the event
// stream while kiosks issue tickets and desks call and finish visitors without pause, and the check that every display
// saw every public event once, in seq order.
import { collectEvents, type EventCollector } from './events.ts';
import type { RunningHub } from './hub.ts';
import { STAFF_ONLY_EVENT_TYPES, type HubEvent } from '../../common/schemas/events.ts';
import type { QueueSnapshot } from '../../common/schemas/tickets.ts';

export async function currentSeq(hub: RunningHub): Promise<number> {
  const { status, body } = await hub.api<QueueSnapshot>('GET', '/api/queue');
  if (status !== 200) throw new Error(`GET /api/queue: HTTP ${status}`);
  return body.seq;
}

/** Pairs `count` display screens and opens each one's event stream with its own credential, as a wall display does. */
export async function connectDisplays(hub: RunningHub, count: number, after: number): Promise<EventCollector[]> {
  const credentials: string[] = [];
  for (let i = 1; i <= count; i++) credentials.push(await hub.pairDevice('display', `Wall ${i}`));
  return Promise.all(credentials.map((credential) => collectEvents(hub.url, after, credential)));
}

export interface LoadPlan {
  serviceIds: number[];
  deskIds: number[];
  kiosks: number;
  durationMs: number;
}

export interface LoadOutcome {
  /** Latency of each answered request, ms. */
  issue: number[];
  call: number[];
  finish: number[];
  /** `next` answered 204: the desk's services had nobody waiting. */
  emptyCalls: number;
  /** Any answer that was not the expected success, as "POST /api/…: HTTP status {body}". */
  refusals: string[];
  elapsedMs: number;
}

/** Kiosks take tickets with the hub's API token: a paired kiosk is rate limited to a visitor's pace (a burst of 10,
 *  then one per 3 s), which would measure the limiter rather than the hub. Each desk calls next, then finishes. */
export async function runLoad(hub: RunningHub, plan: LoadPlan): Promise<LoadOutcome> {
  const outcome: LoadOutcome = { issue: [], call: [], finish: [], emptyCalls: 0, refusals: [], elapsedMs: 0 };
  const started = performance.now();
  const deadline = started + plan.durationMs;
  const timedRequest = async (path: string, body: unknown, samples: number[], expected: number[]) => {
    const start = performance.now();
    const response = await hub.api('POST', path, body);
    if (expected.includes(response.status)) samples.push(performance.now() - start);
    else outcome.refusals.push(`POST ${path}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
    return response.status;
  };
  const kiosk = async (index: number) => {
    for (let n = index; performance.now() < deadline; n++) {
      await timedRequest('/api/tickets', { serviceId: plan.serviceIds[n % plan.serviceIds.length] }, outcome.issue, [201]);
    }
  };
  const desk = async (deskId: number) => {
    while (performance.now() < deadline) {
      const status = await timedRequest(`/api/desks/${deskId}/next`, {}, outcome.call, [200]);
      if (status === 200) await timedRequest(`/api/desks/${deskId}/finish`, {}, outcome.finish, [200]);
      else if (status === 204) {
        outcome.emptyCalls++;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  await Promise.all([...Array.from({ length: plan.kiosks }, (_, i) => kiosk(i)), ...plan.deskIds.map(desk)]);
  outcome.elapsedMs = performance.now() - started;
  return outcome;
}

export interface DeliveryReport {
  /** The public events of the stored log after `after`: what every display should have received. */
  expected: HubEvent[];
  /** One line per display that did not receive exactly `expected`, in order. */
  problems: string[];
}

/** Compares what each display received with the stored event log, read afresh from the database by a new staff
 *  connection, so a broadcast that skipped an event cannot hide it from the reference. */
export async function checkDelivery(hub: RunningHub, displays: EventCollector[], after: number, timeoutMs = 10_000): Promise<DeliveryReport> {
  const last = await currentSeq(hub);
  const log = await collectEvents(hub.url, after, hub.token);
  let all: HubEvent[];
  try {
    all = await log.waitFor(last - after, timeoutMs);
  } finally {
    await log.close();
  }
  const seqs = all.map((e) => e.seq);
  if (seqs.some((seq, i) => seq !== after + i + 1)) throw new Error(`the stored event log after ${after} is not seq ${after + 1}..${last}`);
  const expected = all.filter((e) => !STAFF_ONLY_EVENT_TYPES.includes(e.type));
  const want = expected.map((e) => e.seq);

  const problems: string[] = [];
  await Promise.all(
    displays.map(async (display, i) => {
      await display.waitFor(want.length, timeoutMs).catch(() => undefined);
      const got = display.events.map((e) => e.seq);
      if (got.length === want.length && got.every((seq, k) => seq === want[k])) return;
      const received = new Set(got);
      const missing = want.filter((seq) => !received.has(seq));
      const repeated = got.filter((seq, k) => got.indexOf(seq) !== k);
      const outOfOrder = got.findIndex((seq, k) => k > 0 && seq <= got[k - 1]!);
      problems.push(
        `display ${i + 1}: ${got.length} of ${want.length} events; missing ${missing.length}${brief(missing)}, repeated ${repeated.length}${brief(repeated)}` +
          (outOfOrder >= 0 ? `, seq ${got[outOfOrder]} after ${got[outOfOrder - 1]}` : ''),
      );
    }),
  );
  return { expected, problems };
}

const brief = (seqs: number[]) => (seqs.length === 0 ? '' : ` (${seqs.slice(0, 5).join(', ')}${seqs.length > 5 ? ', …' : ''})`);
