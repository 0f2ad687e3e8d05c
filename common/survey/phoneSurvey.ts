// When the visitor's phone may rate a visit: once the visit has ended with the visitor served (a no-show or a visit
// never called has nothing to rate), for a day after it ended, and once. One rule for the follow page, which asks,
// and the survey route, which refuses.
import type { TicketState } from '../queue/visitState.ts';

/** The phone asks for a day after the visit: long enough to answer on the way home or that evening. */
export const PHONE_SURVEY_WINDOW_MS = 24 * 60 * 60 * 1000;

export type PhoneSurveyState = 'open' | 'answered' | 'not-finished' | 'expired';

export interface RatedVisit {
  state: TicketState;
  endedAt: number | null;
  /** A response is linked to the visit already (from the phone, or a ticket number typed at the exit screen). */
  answered: boolean;
}

export function phoneSurveyState(visit: RatedVisit, now: number): PhoneSurveyState {
  if (visit.state !== 'finished' || visit.endedAt === null) return 'not-finished';
  if (visit.answered) return 'answered';
  return now - visit.endedAt > PHONE_SURVEY_WINDOW_MS ? 'expired' : 'open';
}
