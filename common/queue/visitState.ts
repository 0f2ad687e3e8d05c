// The life of a ticket as one state machine, so that the hub, the reports and the screens agree on what may happen
// next. A ticket waits, is called to a desk (and may be called again: a recall), is being served, and ends finished or
// as a no-show. A transfer ends the current desk visit and puts the ticket back in the waiting line of another
// service with its number unchanged. A visit can be parked (the visitor steps away to fetch a paper, the desk calls
// someone else meanwhile) and resumed by the same desk later. A ticket still waiting in the night after its business day is
// closed as not served (main/queue/businessDays.ts): the building closed before it was called.

export const TICKET_STATES = ['waiting', 'called', 'serving', 'finished', 'no-show', 'parked', 'not-served'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const VISIT_ACTIONS = ['call', 'recall', 'start', 'finish', 'no-show', 'transfer', 'park', 'resume'] as const;
export type VisitAction = (typeof VISIT_ACTIONS)[number];

/** How a desk visit ended; `transferred` sends the ticket on to another service. */
export type VisitOutcome = 'finished' | 'no-show' | 'transferred';

const transitions: Record<VisitAction, { from: readonly TicketState[]; to: TicketState }> = {
  call: { from: ['waiting'], to: 'called' },
  recall: { from: ['called'], to: 'called' },
  start: { from: ['called'], to: 'serving' },
  finish: { from: ['called', 'serving'], to: 'finished' },
  'no-show': { from: ['called'], to: 'no-show' },
  transfer: { from: ['called', 'serving'], to: 'waiting' },
  park: { from: ['called', 'serving'], to: 'parked' },
  resume: { from: ['parked'], to: 'serving' },
};

export type Transition = { ok: true; to: TicketState } | { ok: false; reason: string };

export function applyVisitAction(state: TicketState, action: VisitAction): Transition {
  const rule = transitions[action];
  if (rule.from.includes(state)) return { ok: true, to: rule.to };
  return { ok: false, reason: `a ${state} ticket cannot be given "${action}" (only a ${rule.from.join(' or ')} ticket can)` };
}

export function isOpen(state: TicketState): boolean {
  return state === 'waiting' || state === 'called' || state === 'serving' || state === 'parked';
}

export function outcomeOf(action: VisitAction): VisitOutcome | null {
  if (action === 'finish') return 'finished';
  if (action === 'no-show') return 'no-show';
  if (action === 'transfer') return 'transferred';
  return null;
}

/** A no-show is marked only after the visitor was called again `requiredRecalls` times (a setting): a visitor who
 *  did not hear the first call is not sent away. Null when allowed, else the reason. */
export function noShowRefusal(recalls: number, requiredRecalls: number): string | null {
  if (recalls >= requiredRecalls) return null;
  return `call the visitor again first: a no-show needs ${requiredRecalls} call(s) again, this visit has had ${recalls}`;
}
