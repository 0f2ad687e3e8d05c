// What the sites call: the push of a batch, and the municipality's survey questions; and the service's health.
import { z } from 'zod';
import { CENTRAL_PUSH_MAX_BYTES, CentralPushAnswer, CentralPushBody, CentralPushConflict, CentralSurveyQuestions, CentralSurveyQuestionsBody } from '../../../../common/schemas/central.ts';
import { ErrorBody } from '../../../../common/schemas/common.ts';
import { HttpError } from '../../../api/httpError.ts';
import { ok } from '../../../api/route.ts';
import { applyPush } from '../../push/applyPush.ts';
import { readCentralQuestions, saveCentralQuestions } from '../../surveyQuestions.ts';
import { centralRoute, type CentralRouteContext } from '../centralRoute.ts';

export const CentralHealthAnswer = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['ok', 'unreachable']) });

export function pushRoutes({ db, applyDelayMs, log }: CentralRouteContext) {
  const beforeCommit =
    applyDelayMs > 0
      ? async () => {
          log(`push: rows written, committing in ${applyDelayMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, applyDelayMs));
        }
      : undefined;
  return [
    centralRoute({
      method: 'GET',
      url: '/api/health',
      summary: 'Whether the central service can reach its PostgreSQL',
      responses: { 200: CentralHealthAnswer, 503: CentralHealthAnswer },
      handle: async () => {
        const reachable = await db.query('SELECT 1').then(
          () => true,
          () => false,
        );
        return reachable ? ok({ status: 'ok', db: 'ok' }) : { status: 503, body: { status: 'degraded', db: 'unreachable' } };
      },
    }),
    centralRoute({
      method: 'POST',
      url: '/api/central/push',
      summary: "A site's batch of visits and survey responses, applied in one transaction (common/schemas/central.ts); 409 with acked says where to go on from",
      body: CentralPushBody,
      bodyLimit: CENTRAL_PUSH_MAX_BYTES,
      responses: { 200: CentralPushAnswer, 401: ErrorBody, 409: CentralPushConflict, 413: ErrorBody },
      handle: async ({ body, principal }) => {
        if (principal.kind !== 'site') throw new HttpError(403, 'wrong-role', 'only a site token can push');
        return ok(await applyPush(db, principal.site.id, body, beforeCommit ? { beforeCommit } : {}));
      },
    }),
    centralRoute({
      method: 'GET',
      url: '/api/central/survey-questions',
      summary: "The municipality's five survey questions, for the sites that take them over (the product's own until set)",
      responses: { 200: CentralSurveyQuestions },
      handle: async () => ok(await readCentralQuestions(db)),
    }),
    centralRoute({
      method: 'POST',
      url: '/api/central/survey-questions',
      summary: "Set the municipality's five survey questions; opted-in sites take them over at their next sync",
      body: CentralSurveyQuestionsBody,
      responses: { 200: CentralSurveyQuestions },
      handle: async ({ body }) => ok(await saveCentralQuestions(db, body.questions)),
    }),
  ];
}
