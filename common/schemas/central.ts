// What a site's hub and the central service (issue 17) say to each other, and what the central service answers its
// managers: one schema each, shared by the hub's sync lane, the central service's boundary and the /central screen.
//
// Store and forward carries rows, not events: the hub's event log is pruned, but the report-relevant state of every
// ticket and survey response is kept for good. Each change to such a row gives it a fresh number in the hub's own
// change sequence (hub migration 017, `central_changes`: one row per ticket or response, renumbered when it changes),
// so "everything after the acknowledged sequence" is always answerable, after hours or years offline alike.
//
// The rule for a hub restored from an older backup: every database has an identity (`databaseId`, a random UUID);
// a backup copy is given a new identity when it is written, so a restored hub is a new identity to the central
// service. A push under a new identity must start at sequence 0 (`fromSeq: 0`): the central service then replaces
// everything it holds for the site with that batch, in one transaction, and the following batches complete it. A push
// whose `headSeq` is below what the central service already acknowledged for the same identity (a database copied
// back by hand) is refused with 409 `central-rewound`; the hub then takes a new identity and resends from 0. So the
// central service only ever holds what the site's own database holds, and nothing is counted twice.
import { z } from 'zod';
import { SURVEY_QUESTION_COUNT, SURVEY_SOURCES, SurveyConfig } from './survey.ts';
import { FilteredSummary, SummaryQuery, ByDay, ByHour } from './reports.ts';

/** The largest push body the central service reads; a bigger one is answered 413. */
export const CENTRAL_PUSH_MAX_BYTES = 4 * 1024 * 1024;
/** How many rows (visits plus responses) the hub puts in one batch. */
export const CENTRAL_BATCH_ROWS = 2000;
/** The hub's back-off after a failed push never waits longer than this. */
export const CENTRAL_RETRY_CAP_MS = 30_000;

const Ms = z.number().int().nonnegative().describe('the site\'s own clock, ms since 1970 (UTC)');
const LocalId = z.number().int().positive().describe("the row's id in the site's database");
const Seq = z.number().int().nonnegative();

export const TICKET_STATES = ['waiting', 'called', 'serving', 'finished', 'no-show', 'parked', 'not-served'] as const;

/** One ticket as reports need it: no number, no language, no note, no needs beyond what statistics count. */
export const CentralVisit = z.strictObject({
  id: LocalId,
  seq: Seq.describe('its number in the change sequence'),
  serviceId: z.number().int().positive().describe('the service the ticket was taken for (issued_service_id)'),
  deskId: z.number().int().positive().nullable().describe('the desk that called it last'),
  state: z.enum(TICKET_STATES),
  issuedAt: Ms,
  firstCalledAt: Ms.nullable(),
  endedAt: Ms.nullable(),
});
export type CentralVisit = z.infer<typeof CentralVisit>;

const Answer = z.number().int().min(1).max(5).nullable();
export const CentralResponse = z.strictObject({
  id: LocalId,
  seq: Seq,
  submittedAt: Ms,
  ticketId: z.number().int().positive().nullable(),
  source: z.enum(SURVEY_SOURCES),
  answers: z.array(Answer).length(SURVEY_QUESTION_COUNT),
  /** Only when the centre's setting `centralShareComments` allows it; otherwise null. */
  comment: z.string().max(1000).nullable(),
});
export type CentralResponse = z.infer<typeof CentralResponse>;

/** What the central service needs to read the site's days and figures as the site does. */
export const CentralSiteFacts = z.strictObject({
  name: z.string().max(200).describe("the centre's own name"),
  waitTargetMinutes: z.number().positive(),
  calendar: z.strictObject({
    firstZone: z.string(),
    changes: z.array(z.strictObject({ fromMs: Ms, timeZone: z.string() })),
  }),
  services: z.array(z.strictObject({ id: z.number().int().positive(), name: z.string().max(200) })),
  desks: z.array(z.strictObject({ id: z.number().int().positive(), name: z.string().max(200) })),
});
export type CentralSiteFacts = z.infer<typeof CentralSiteFacts>;

/** POST /api/central/push, with `Authorization: Bearer <siteToken>`. */
export const CentralPushBody = z
  .strictObject({
    databaseId: z.uuid(),
    fromSeq: Seq.describe('exclusive: the last sequence the central service acknowledged, 0 for everything'),
    toSeq: Seq.describe('inclusive: the highest sequence in this batch (or fromSeq for a batch with no rows)'),
    headSeq: Seq.describe("the hub's highest sequence when it sent the batch"),
    sentAt: Ms,
    site: CentralSiteFacts,
    visits: z.array(CentralVisit),
    responses: z.array(CentralResponse),
  })
  .refine((b) => b.toSeq >= b.fromSeq && b.headSeq >= b.toSeq, { message: 'sequences must satisfy fromSeq <= toSeq <= headSeq', path: ['toSeq'] })
  .refine((b) => [...b.visits, ...b.responses].every((row) => row.seq > b.fromSeq && row.seq <= b.toSeq), {
    message: 'every row of a batch lies within (fromSeq, toSeq]',
    path: ['visits'],
  });
export type CentralPushBody = z.infer<typeof CentralPushBody>;

/** 200: the batch is stored (or was already). The hub continues from `acked`. */
export const CentralPushAnswer = z.object({ acked: Seq, databaseId: z.uuid() });
export type CentralPushAnswer = z.infer<typeof CentralPushAnswer>;
/** 409 `central-gap` (fromSeq is beyond what was acknowledged: resend from `acked`), `central-resync` (a new identity
 *  must start at 0) and `central-rewound` (take a new identity, resend from 0) carry where to go on. */
export const CentralPushConflict = z.object({ error: z.string(), code: z.string(), acked: Seq });

export const SiteCreateBody = z.strictObject({ name: z.string().trim().min(1, 'a site needs a name').max(200) });
export const Site = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastSyncAt: z.string().nullable().describe('arrival time of the last batch, by the central clock'),
  acked: Seq,
  databaseId: z.string().nullable(),
});
/** 201 from POST /api/sites and from POST /api/sites/:id/token: the only time the token is shown. */
export const SiteWithToken = Site.extend({ siteToken: z.string() });

/** The hub's side, in GET /api/health. */
export const CENTRAL_STATES = ['off', 'synced', 'behind', 'offline', 'refused'] as const;
export const CentralHealth = z.object({
  state: z.enum(CENTRAL_STATES),
  lastSyncAt: z.string().nullable(),
  pending: z.number().int().nonnegative().describe('changes not yet acknowledged by the central service'),
});
export type CentralHealth = z.infer<typeof CentralHealth>;

/** GET /api/central/summary?from&to: each site's figures exactly as its own GET /api/reports/summary gives them. */
export const CentralSummaryQuery = SummaryQuery;
const SiteSummary = FilteredSummary.extend({ siteId: z.number().int().positive(), name: z.string(), lastSyncAt: z.string().nullable() });
export const CentralSummary = z.object({
  from: z.string(),
  to: z.string(),
  total: FilteredSummary.extend({ wait: FilteredSummary.shape.wait.extend({ targetMinutes: z.number().nullable() }) }),
  sites: z.array(SiteSummary),
});
export type CentralSummary = z.infer<typeof CentralSummary>;
export const CentralByDay = z.object({ sites: z.array(ByDay.extend({ siteId: z.number().int().positive(), name: z.string() })) });
export const CentralByHour = z.object({ sites: z.array(ByHour.extend({ siteId: z.number().int().positive(), name: z.string() })) });

/** The five questions defined once for the municipality. POST /api/central/survey-questions (central admin) sets
 *  them; GET /api/central/survey-questions (a site token, or a central admin) reads them. A hub whose setting
 *  `centralSurveyQuestions` is on takes them over at every sync (its own survey config's questions are replaced; its
 *  idle reset stays its own), so every opted-in site asks the same questions in the same slots. */
export const CentralSurveyQuestions = z.object({
  questions: SurveyConfig.shape.questions,
  updatedAt: z.string().nullable().describe('null until a central administrator has set them'),
});
export type CentralSurveyQuestions = z.infer<typeof CentralSurveyQuestions>;
export const CentralSurveyQuestionsBody = z.strictObject({ questions: SurveyConfig.shape.questions });
