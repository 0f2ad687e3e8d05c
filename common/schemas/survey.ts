import { z } from 'zod';
import { Id, IsoTime } from './common.ts';

export const SURVEY_QUESTION_COUNT = 5;
const Answer = z.number().int().min(1, 'answers run from 1 to 5').max(5, 'answers run from 1 to 5').nullable();

export const SurveyBody = z
  .strictObject({
    answers: z.array(Answer).length(SURVEY_QUESTION_COUNT, `answers must hold exactly ${SURVEY_QUESTION_COUNT} entries (null for a skipped question)`),
    comment: z.string().trim().max(1000, 'a comment is at most 1000 characters').optional(),
    ticketId: z.number().int().positive().optional(),
  })
  // A response with every question skipped says nothing and would only dilute the counts.
  .refine((body) => body.answers.some((a) => a !== null), { message: 'answer at least one question', path: ['answers'] });
export type SurveyBody = z.infer<typeof SurveyBody>;

export const SurveyResponse = z.object({ id: Id, submittedAt: IsoTime }).meta({ id: 'SurveyResponse' });
export type SurveyResponse = z.infer<typeof SurveyResponse>;
