// The survey on the visitor's phone, at the hub: the follow link names the visit, and common/survey/phoneSurvey.ts
// says whether it may be rated now. The follow page reads the state to know whether to ask; the survey route
// resolves the link to the visit's ticket, or refuses with the reason.
import type { HubContext } from '../context.ts';
import type { TicketState } from '../../common/queue/visitState.ts';
import { phoneSurveyState, type PhoneSurveyState } from '../../common/survey/phoneSurvey.ts';
import { conflict, notFound } from '../problems.ts';

interface LinkedVisit {
  id: number;
  state: PhoneSurveyState;
}

function visitOfLink(ctx: HubContext, token: string, now: number): LinkedVisit | undefined {
  const row = ctx.db
    .prepare<[string], { id: number; state: TicketState; ended_at: number | null; answered: 0 | 1 }>(
      `SELECT t.id, t.state, t.ended_at, EXISTS (SELECT 1 FROM survey_responses r WHERE r.ticket_id = t.id) AS answered
       FROM tickets t WHERE t.follow_token = ?`,
    )
    .get(token);
  return row && { id: row.id, state: phoneSurveyState({ state: row.state, endedAt: row.ended_at, answered: row.answered === 1 }, now) };
}

/** What the follow page shows of the survey: the questions, the thanks, or nothing. */
export function phoneSurveyOffer(ctx: HubContext, token: string, now: number): 'open' | 'answered' | 'closed' {
  const state = visitOfLink(ctx, token, now)?.state;
  return state === 'open' || state === 'answered' ? state : 'closed';
}

/** The ticket a phone response belongs to; refused when the link is unknown, the visit not (yet) one to rate, rated
 *  already, or more than a day past. */
export function phoneSurveyTicket(ctx: HubContext, token: string, now: number): number {
  const visit = visitOfLink(ctx, token, now);
  if (!visit) throw notFound('follow-link-unknown', 'there is no ticket with this follow link');
  switch (visit.state) {
    case 'open':
      return visit.id;
    case 'answered':
      throw conflict('survey-already-answered', 'this visit has been rated already: one response per visit');
    case 'not-finished':
      throw conflict('survey-visit-not-finished', 'this visit can be rated once it has ended with the visitor served; a visit not served (or not yet over) has nothing to rate');
    case 'expired':
      throw notFound('survey-link-expired', 'the survey for this visit closed 24 hours after the visit ended');
  }
}
