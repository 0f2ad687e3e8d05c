// The exit survey: open, since the survey touchscreen has no one to sign in.
import type { HubContext } from '../../context.ts';
import { ErrorBody } from '../../../common/schemas/common.ts';
import { SurveyBody, SurveyResponse } from '../../../common/schemas/survey.ts';
import { submitSurvey } from '../../survey/submitSurvey.ts';
import { created, route, type RouteSpec } from '../route.ts';

export function surveyRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/survey',
      access: 'open',
      summary: 'One exit-survey response: five answers 1..5 or null for skipped',
      body: SurveyBody,
      responses: { 201: SurveyResponse, 400: ErrorBody },
      handle: ({ body }) => created(submitSurvey(ctx, body)),
    }),
  ];
}
