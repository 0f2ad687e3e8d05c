// The demo history as a plan: N past working days of visits, desk visits and survey responses, simulated from a
// seed so it is the same every time. Busy Monday mornings and quiet Friday afternoons come from the arrival rates;
// waits past the 15-minute target come from the queue itself, when arrivals outrun the desks. Pure: the writer
// (historyWriter.ts) stores the plan.
import type { TicketState } from '../../common/queue/visitState.ts';
import type { LanguageCode } from '../../common/i18n/languages.ts';
import type { SurveySource } from '../../common/schemas/survey.ts';
import { formatTicketNumber } from '../../common/queue/ticketNumber.ts';
import { dayStartMs, nextDay, wallClockMs } from '../../common/time/zone.ts';
import { seededRandom, type Random } from './random.ts';

export interface PlanInput {
  /** The first day after the history (today): the history is the `days` calendar days before it. */
  untilDay: string;
  days: number;
  timeZone: string;
  /** The first service is the reception, the one that transfers visitors on. */
  services: readonly { id: number; prefix: string }[];
  desks: readonly { id: number; serviceIds: readonly number[] }[];
  seed: number;
}

export interface PlannedVisit {
  deskId: number;
  serviceId: number;
  calledAt: number;
  startedAt: number | null;
  endedAt: number;
  outcome: 'finished' | 'no-show' | 'transferred';
}

export interface PlannedTicket {
  issuedServiceId: number;
  serviceId: number;
  day: string;
  daySequence: number;
  number: string;
  language: LanguageCode;
  state: TicketState;
  issuedAt: number;
  firstCalledAt: number | null;
  deskId: number | null;
  endedAt: number | null;
  visits: PlannedVisit[];
}

export interface PlannedResponse {
  submittedAt: number;
  /** Index into the plan's tickets when the visitor typed their ticket number. */
  ticket: number | null;
  answers: (number | null)[];
  comment: string | null;
  source: SurveySource;
}

export interface HistoryPlan {
  tickets: PlannedTicket[];
  responses: PlannedResponse[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ARRIVALS_PER_HOUR = 21;
/** Monday … Friday; the centre is closed at weekends. */
const WEEKDAY_LOAD = [1.4, 1.1, 1.0, 1.0, 0.85];
/** Opening hours 08–16 and how busy each is: the morning peak is when the target is missed. */
const HOUR_LOAD: Record<number, number> = { 8: 0.8, 9: 1.45, 10: 1.5, 11: 1.2, 12: 0.85, 13: 1.0, 14: 0.9, 15: 0.7 };
const FRIDAY_AFTERNOON = 0.45;
const NO_SHOW = 0.05;
const TRANSFER_FROM_RECEPTION = 0.06;
const RATES = 0.15;
const PAPER_CARDS_PER_DAY = 2;
const COMMENTS = [
  'Trevlig och kunnig personal.',
  'Fick svar på allt, tack!',
  'För lång väntetid i dag.',
  'Svårt att hitta rätt ingång.',
  'Very helpful, thank you.',
  'Skärmen ropade mitt nummer för tyst.',
  'Bra att det finns tolk, "tack" för hjälpen.',
  'Waited too long, but the staff were kind.',
];

interface InLine {
  ticket: PlannedTicket;
  /** When the ticket can be called: its arrival, or the end of the visit that transferred it. */
  readyAt: number;
  /** Its place in line, kept across a transfer. */
  queuedAt: number;
}

/** 1 Monday … 7 Sunday. */
const weekdayOf = (day: string) => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

function arrivals(day: string, weekday: number, input: PlanInput, random: Random): PlannedTicket[] {
  const tickets: PlannedTicket[] = [];
  const sequences = new Map<number, number>();
  const serviceWeights = input.services.map((s, i) => [s, i === 0 ? 2 : 1] as const);
  for (const [hourText, load] of Object.entries(HOUR_LOAD)) {
    const hour = Number(hourText);
    const rate = ARRIVALS_PER_HOUR * load * WEEKDAY_LOAD[weekday - 1]! * (weekday === 5 && hour >= 12 ? FRIDAY_AFTERNOON : 1);
    const start = wallClockMs(day, hour, input.timeZone);
    for (let at = start + random.exponential(HOUR / rate); at < start + HOUR; at += random.exponential(HOUR / rate)) {
      const service = random.pick(serviceWeights);
      const sequence = (sequences.get(service.id) ?? 0) + 1;
      sequences.set(service.id, sequence);
      tickets.push({
        issuedServiceId: service.id,
        serviceId: service.id,
        day,
        daySequence: sequence,
        number: formatTicketNumber(service.prefix, sequence),
        language: random.chance(0.85) ? 'sv' : 'en',
        state: 'waiting',
        issuedAt: Math.round(at),
        firstCalledAt: null,
        deskId: null,
        endedAt: null,
        visits: [],
      });
    }
  }
  return tickets;
}

/** Desks call the longest-waiting ticket among their services as soon as they are free, as the real queue does. */
function serveDay(tickets: PlannedTicket[], input: PlanInput, random: Random): void {
  const reception = input.services[0]!.id;
  const others = input.services.slice(1).map((s) => [s.id, 1] as const);
  const line: InLine[] = tickets.map((ticket) => ({ ticket, readyAt: ticket.issuedAt, queuedAt: ticket.issuedAt }));
  const free = input.desks.map((desk) => ({ desk, at: tickets[0]?.issuedAt ?? Infinity }));
  for (;;) {
    const desk = free.reduce((a, b) => (b.at < a.at ? b : a));
    if (desk.at === Infinity) break;
    const serves = (entry: InLine) => desk.desk.serviceIds.includes(entry.ticket.serviceId);
    let index = -1;
    line.forEach((entry, i) => {
      if (serves(entry) && entry.readyAt <= desk.at && (index < 0 || entry.queuedAt < line[index]!.queuedAt)) index = i;
    });
    if (index < 0) {
      // Nothing to call now: wait for the next arrival for this desk; while others still have work, a transfer may
      // yet bring some, so look again in a few minutes; with no work left anywhere the desk is done for the day.
      const next = Math.min(...line.filter(serves).map((entry) => entry.readyAt));
      desk.at = Number.isFinite(next) ? next : line.length > 0 ? desk.at + 5 * MINUTE : Infinity;
      continue;
    }
    const [{ ticket, queuedAt }] = line.splice(index, 1) as [InLine];
    const calledAt = Math.round(desk.at + random.between(5_000, 40_000));
    ticket.firstCalledAt ??= calledAt;
    ticket.deskId = desk.desk.id;
    let visit: PlannedVisit;
    if (random.chance(NO_SHOW)) {
      visit = { deskId: desk.desk.id, serviceId: ticket.serviceId, calledAt, startedAt: null, endedAt: calledAt + Math.round(random.between(1.5, 3) * MINUTE), outcome: 'no-show' };
    } else {
      const startedAt = calledAt + Math.round(random.between(15_000, 60_000));
      const transfer = ticket.serviceId === reception && ticket.visits.length === 0 && random.chance(TRANSFER_FROM_RECEPTION);
      const minutes = transfer ? random.between(1, 3) : random.logNormal(ticket.serviceId === reception ? 3.5 : 6.5, 0.5);
      visit = { deskId: desk.desk.id, serviceId: ticket.serviceId, calledAt, startedAt, endedAt: startedAt + Math.round(minutes * MINUTE), outcome: transfer ? 'transferred' : 'finished' };
    }
    ticket.visits.push(visit);
    desk.at = visit.endedAt;
    if (visit.outcome === 'transferred') {
      // Back in line for the new service in the visitor's original place, as a real transfer does.
      ticket.serviceId = random.pick(others);
      ticket.deskId = null;
      line.push({ ticket, readyAt: visit.endedAt, queuedAt });
      continue;
    }
    ticket.state = visit.outcome;
    ticket.endedAt = visit.endedAt;
  }
}

function answersFor(ticket: PlannedTicket, random: Random): (number | null)[] {
  const waitMinutes = ((ticket.firstCalledAt ?? ticket.issuedAt) - ticket.issuedAt) / MINUTE;
  const mood = waitMinutes < 10 ? 4.3 : waitMinutes < 20 ? 3.6 : 2.7;
  const score = (centre: number) => Math.min(5, Math.max(1, Math.round(centre + random.between(-1.2, 1.2))));
  const answers: (number | null)[] = [score(mood), score(mood - (waitMinutes > 15 ? 0.8 : -0.2)), score(4.4), score(mood + 0.2), score(3.9)].map((a) => (random.chance(0.08) ? null : a));
  if (!answers.some((a) => a !== null)) answers[0] = score(mood);
  return answers;
}

export function planHistory(input: PlanInput): HistoryPlan {
  const random = seededRandom(input.seed);
  const tickets: PlannedTicket[] = [];
  const responses: PlannedResponse[] = [];
  let day = input.untilDay;
  const days: string[] = [];
  for (let i = 0; i < input.days; i++) {
    // Walk back from untilDay by calendar days.
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    day = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
    days.unshift(day);
  }
  for (const current of days) {
    const weekday = weekdayOf(current);
    if (weekday > 5) continue;
    const today = arrivals(current, weekday, input, random);
    serveDay(today, input, random);
    for (const ticket of today) {
      tickets.push(ticket);
      if (ticket.state !== 'finished' || !random.chance(RATES)) continue;
      responses.push({
        submittedAt: ticket.endedAt! + Math.round(random.between(0.5, 3) * MINUTE),
        ticket: random.chance(0.3) ? tickets.length - 1 : null,
        answers: answersFor(ticket, random),
        comment: random.chance(0.2) ? random.pick(COMMENTS.map((c) => [c, 1] as const)) : null,
        source: 'kiosk',
      });
    }
    for (let card = 0; card < PAPER_CARDS_PER_DAY; card++) {
      const someone = today[Math.floor(random.next() * today.length)];
      if (!someone) continue;
      responses.push({
        submittedAt: dayStartMs(nextDay(current), input.timeZone) - Math.round(random.between(5, 60) * MINUTE),
        ticket: null,
        answers: answersFor(someone, random),
        comment: random.pick(COMMENTS.map((c) => [c, 1] as const)),
        source: 'paper',
      });
    }
  }
  responses.sort((a, b) => a.submittedAt - b.submittedAt);
  return { tickets, responses };
}
