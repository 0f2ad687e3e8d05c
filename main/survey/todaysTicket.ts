// A ticket number typed on the survey screen means today's ticket of that number: numbers start again each day.
import { centreDay } from '../centreDay.ts';
import type { HubContext } from '../context.ts';
import type { SurveyTicket } from '../../common/schemas/survey.ts';

export function todaysTicket(ctx: HubContext, number: string, now: number): ({ id: number } & SurveyTicket) | undefined {
  return ctx.db
    .prepare<[string, string], { id: number } & SurveyTicket>('SELECT id, number, language FROM tickets WHERE day = ? AND number = ?')
    .get(centreDay(ctx, now), number);
}
