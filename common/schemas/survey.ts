import { z } from 'zod';
import { SURVEY_IDLE_MIN_SECONDS } from '../accessibility/timeLimits.ts';
import { Id, IsoTime } from './common.ts';
import { FollowToken, Language } from './tickets.ts';
import { cleanString } from './text.ts';
import { NamesBody } from './names.ts';
import { DEFAULT_LANGUAGE, type StaffLanguage } from '../i18n/languages.ts';
import type { Names } from '../i18n/localName.ts';
import { SummaryQuery } from './reports.ts';

export const SURVEY_QUESTION_COUNT = 5;
export const SURVEY_SOURCES = ['kiosk', 'paper', 'phone'] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];
const TicketNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}\d{3,5}$/, 'a ticket number is its letters and digits, e.g. B012');
const Answer = z.number().int().min(1, 'answers run from 1 to 5').max(5, 'answers run from 1 to 5').nullable();

export const SurveyBody = z
  .strictObject({
    answers: z.array(Answer).length(SURVEY_QUESTION_COUNT, `answers must hold exactly ${SURVEY_QUESTION_COUNT} entries (null for a skipped question)`),
    comment: cleanString({ what: 'the comment', max: 1000, min: 0, multiline: true }).optional(),
    ticketId: z.number().int().positive().optional(),
    ticketNumber: TicketNumber.optional()
      .describe("the number on the visitor's ticket, resolved to today's ticket of that number"),
    source: z
      .enum(SURVEY_SOURCES)
      .default('kiosk')
      .describe("kiosk: the exit touchscreen; paper: a comment card typed in by staff; phone: the visitor's follow page, with followToken"),
    followToken: FollowToken.optional().describe('source phone only: the token of the follow link (/t/<token>), which names the visit and is the only credential the phone needs'),
    submissionId: z
      .string()
      .regex(/^[A-Za-z0-9-]{8,64}$/, 'submissionId is 8 to 64 letters, digits or dashes')
      .optional()
      .describe('made once per completed survey by the screen; a repeat with the same id is the same response, not a new one'),
  })
  .refine((body) => body.ticketId === undefined || body.ticketNumber === undefined, { message: 'give ticketId or ticketNumber, not both', path: ['ticketNumber'] })
  // The follow link is the phone's credential and names its visit; no other source has one.
  .refine((body) => (body.source === 'phone') === (body.followToken !== undefined), {
    message: 'source "phone" comes with the followToken of the visit\'s follow link, and a followToken only with source "phone"',
    path: ['followToken'],
  })
  .refine((body) => body.followToken === undefined || (body.ticketId === undefined && body.ticketNumber === undefined), {
    message: 'the follow link names the visit already: leave out ticketId and ticketNumber',
    path: ['followToken'],
  })
  // A response with every question skipped says nothing and would only dilute the counts.
  .refine((body) => body.answers.some((a) => a !== null), { message: 'answer at least one question', path: ['answers'] });
export type SurveyBody = z.infer<typeof SurveyBody>;

export const SurveyResponse = z.object({ id: Id, submittedAt: IsoTime }).meta({ id: 'SurveyResponse' });
export type SurveyResponse = z.infer<typeof SurveyResponse>;

export const SurveyTicketParams = z.strictObject({ number: TicketNumber });

/** What the survey screen may know of a visit before the answers: only the language its ticket was taken in. */
export const SurveyTicket = z
  .object({ number: z.string(), language: Language.describe('the language the visitor chose at the kiosk: the survey starts in it') })
  .meta({ id: 'SurveyTicket' });
export type SurveyTicket = z.infer<typeof SurveyTicket>;

export const SurveyQuestionsQuery = z.strictObject({ lang: Language.default(DEFAULT_LANGUAGE) });

export const SurveyQuestions = z
  .object({
    questions: z
      .array(
        z.object({
          id: z.number().int().min(1).max(SURVEY_QUESTION_COUNT).describe('the answer goes to answers[id - 1]'),
          text: z.string(),
          lang: Language.describe("the language text is in: the one asked for, or, for an administrator's own question not translated into it, the language of its default wording"),
        }),
      )
      .describe('the active questions, in the order to ask them'),
    idleResetSeconds: z.number().int().describe('a survey left untouched this long starts over and forgets its answers'),
  })
  .meta({ id: 'SurveyQuestions' });
export type SurveyQuestions = z.infer<typeof SurveyQuestions>;

/** A question's wording per language: Swedish and English always (the staff languages the admin screen shows them
 *  in), any other language where the administrator gave one. */
const QuestionTexts = NamesBody('a question', 200).refine(
  (texts) => texts.sv !== undefined && texts.en !== undefined,
  'texts needs the Swedish and English wording (sv, en)',
) as z.ZodType<Names & Record<StaffLanguage, string>, Record<string, string>>;

/** The survey as an administrator sets it up: every question slot with its texts, in the order asked. */
export const SurveyConfig = z
  .object({
    idleResetSeconds: z
      .number()
      .int()
      .max(600, 'idle reset is at most 600 seconds')
      .superRefine((seconds, ctx) => {
        // Visitors who read slowly, or listen, need a minute between touches (common/accessibility/timeLimits.ts).
        if (seconds < SURVEY_IDLE_MIN_SECONDS) ctx.addIssue({ code: 'custom', message: `idle reset is at least ${SURVEY_IDLE_MIN_SECONDS} seconds`, params: { code: 'survey-idle-too-short' } });
      }),
    questions: z
      .array(
        z.object({
          id: z.number().int().min(1).max(SURVEY_QUESTION_COUNT),
          active: z.boolean(),
          texts: QuestionTexts.describe("the wording per language code; sv and en always. A question whose sv and en are the product's own is asked in the shipped translation wherever no text is given; a reworded one in its default wording"),
        }),
      )
      .length(SURVEY_QUESTION_COUNT, `list all ${SURVEY_QUESTION_COUNT} questions, in the order to ask them`)
      .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, 'each question id appears once')
      .refine((qs) => qs.some((q) => q.active), 'keep at least one question switched on'),
  })
  .meta({ id: 'SurveyConfig' });
export type SurveyConfig = z.infer<typeof SurveyConfig>;
export const SurveyConfigBody = z.strictObject({
  idleResetSeconds: SurveyConfig.shape.idleResetSeconds,
  questions: SurveyConfig.shape.questions,
});

export const SurveyComment = z
  .object({
    id: Id,
    submittedAt: IsoTime,
    source: z.enum(SURVEY_SOURCES),
    serviceId: Id.nullable(),
    serviceName: z.string().nullable(),
    comment: z.string(),
  })
  .meta({ id: 'SurveyComment' });
/** A period's comments a page at a time, optionally only those containing a word: a year holds thousands. */
export const SurveyCommentsQuery = SummaryQuery.extend({
  q: z.string().trim().max(100, 'the search is at most 100 characters').optional().describe('only comments containing this text, ignoring case'),
  offset: z.coerce.number().int().min(0).default(0).describe('comments to skip, newest first'),
  limit: z.coerce.number().int().min(1).max(200, 'a page holds at most 200 comments').default(50),
});
export type SurveyCommentsQuery = z.infer<typeof SurveyCommentsQuery>;
export const SurveyComments = z
  .object({
    comments: z.array(SurveyComment),
    total: z.number().int().describe('comments of the period that match, on every page together'),
    offset: z.number().int(),
    limit: z.number().int(),
  })
  .meta({ id: 'SurveyComments' });
export type SurveyComments = z.infer<typeof SurveyComments>;
