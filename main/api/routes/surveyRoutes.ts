// The exit survey: the paired survey screen answers; staff type in paper cards; the visitor's phone answers with its
// follow link; setting it up and reading the comments need admin rights.
import type { HubContext } from '../../context.ts';
import { ErrorBody } from '../../../common/schemas/common.ts';
import {
  SurveyBody,
  SurveyComments,
  SurveyCommentsQuery,
  SurveyConfig,
  SurveyConfigBody,
  SurveyQuestions,
  SurveyQuestionsQuery,
  SurveyResponse,
  SurveyTicket,
  SurveyTicketParams,
} from '../../../common/schemas/survey.ts';
import { todaysTicket } from '../../survey/todaysTicket.ts';
import { notFound } from '../../problems.ts';
import { submitSurvey } from '../../survey/submitSurvey.ts';
import { readSurveyConfig, saveSurveyConfig, surveyQuestions } from '../../survey/surveyConfig.ts';
import { surveyComments } from '../../survey/surveyComments.ts';
import { created, ok, route, type RouteSpec } from '../route.ts';
import { HttpError } from '../httpError.ts';
import { hasRole } from '../principal.ts';

export function surveyRoutes(ctx: HubContext): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/survey',
      summary: 'One survey response: five answers 1..5 or null for skipped (answers[id - 1] for question id); 200 when submissionId was already stored. From the visitor\'s phone (source "phone", followToken, no login): once per visit, after it ended served, for 24 h',
      body: SurveyBody,
      idempotent: true,
      responses: { 201: SurveyResponse, 200: SurveyResponse, 404: ErrorBody, 409: ErrorBody },
      handle: ({ body, principal }) => {
        // Only the phone may come without a credential (accessTable.ts); a kiosk answer never does.
        if (body.source !== 'phone' && !hasRole(principal, 'survey', 'staff', 'admin')) throw new HttpError(401, 'sign-in-required', 'an answer from the exit screen comes from a paired survey screen; this needs one of these roles: survey, staff, admin');
        if (body.source === 'paper' && !hasRole(principal, 'staff', 'admin')) throw new HttpError(403, 'paper-needs-staff', 'a paper card is typed in by staff: log in to enter it');
        const { response, repeated } = submitSurvey(ctx, body);
        return repeated ? ok(response) : created(response);
      },
    }),
    route({
      method: 'GET',
      url: '/api/survey/questions',
      summary: 'The questions the survey screen asks, in order, in one language, and its idle reset time',
      query: SurveyQuestionsQuery,
      responses: { 200: SurveyQuestions },
      handle: ({ query }) => ok(surveyQuestions(ctx, query.lang)),
    }),
    route({
      method: 'GET',
      url: '/api/survey/ticket/:number',
      summary: "The language of today's ticket of this number, so the survey starts in the language the visitor chose at the kiosk",
      params: SurveyTicketParams,
      responses: { 200: SurveyTicket, 404: ErrorBody },
      handle: ({ params }) => {
        const ticket = todaysTicket(ctx, params.number, ctx.clock());
        if (!ticket) throw notFound('survey-ticket-unknown', `there is no ticket ${params.number} today`);
        return ok({ number: ticket.number, language: ticket.language });
      },
    }),
    route({
      method: 'GET',
      url: '/api/survey/config',
      summary: 'The survey setup: every question with its texts per language, on or off, in order; the idle reset time',
      responses: { 200: SurveyConfig },
      handle: () => ok(readSurveyConfig(ctx)),
    }),
    route({
      method: 'POST',
      url: '/api/survey/config',
      summary: 'Replace the survey setup (all five questions in the order to ask them)',
      body: SurveyConfigBody,
      responses: { 200: SurveyConfig },
      handle: ({ body }) => ok(saveSurveyConfig(ctx, body)),
    }),
    route({
      method: 'GET',
      url: '/api/survey/comments',
      summary: "Visitors' free-text comments of a period, newest first, a page at a time, with source and the visit's service when linked",
      query: SurveyCommentsQuery,
      responses: { 200: SurveyComments },
      handle: ({ query }) => ok(surveyComments(ctx, query)),
    }),
  ];
}
