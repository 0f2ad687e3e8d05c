import { z } from 'zod';

const DateOrTime = z
  .string()
  .regex(/^(19|20)\d{2}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'use a date from 1900 to 2099 (2026-11-24) or an ISO timestamp')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date');

export const SummaryQuery = z.strictObject({
  from: DateOrTime.optional().describe('first day (inclusive); default today'),
  to: DateOrTime.optional().describe('last day (inclusive) or an exclusive timestamp; default the same day as from'),
});
export type SummaryQuery = z.infer<typeof SummaryQuery>;

export const Summary = z
  .object({
    from: z.string(),
    to: z.string(),
    ticketsIssued: z.number().int(),
    served: z.number().int(),
    noShows: z.number().int(),
    notServed: z.number().int().describe("still waiting in the night after their business day: closed unserved"),
    wait: z.object({
      targetMinutes: z.number(),
      medianSeconds: z.number().nullable(),
      p90Seconds: z.number().nullable(),
      shareWithinTarget: z
        .number()
        .nullable()
        .describe('called within the target, out of all called tickets plus those still uncalled past the target'),
    }),
    survey: z.object({
      responses: z.number().int(),
      meanByQuestion: z.array(z.number().nullable()).describe('one mean per question, skipped answers left out'),
    }),
  })
  .meta({ id: 'Summary' });
export type Summary = z.infer<typeof Summary>;

/** Every report takes the same period; summary also narrows to one service or desk. */
export const ReportQuery = SummaryQuery;
export const FilteredSummaryQuery = SummaryQuery.extend({
  serviceId: z.coerce.number().int().positive().optional().describe('only tickets taken for this service (and responses linked to them)'),
  deskId: z.coerce.number().int().positive().optional().describe('only tickets last called by this desk (and responses linked to them)'),
});
export type FilteredSummaryQuery = z.infer<typeof FilteredSummaryQuery>;

const nullableSeconds = z.number().nullable();

/** How a group of tickets fared: the same rules as the summary's wait, for an hour, a day, a service or a desk. */
export const WaitStats = z.object({
  issued: z.number().int(),
  called: z.number().int(),
  served: z.number().int(),
  noShows: z.number().int(),
  notServed: z.number().int().describe("still waiting in the night after their business day: closed unserved"),
  medianWaitSeconds: nullableSeconds,
  p90WaitSeconds: nullableSeconds,
  shareWithinTarget: z.number().nullable(),
  overTarget: z.number().int().describe('called later than the target, or never called and waiting (or gone) past it'),
});
export type WaitStats = z.infer<typeof WaitStats>;

export const SourceFigures = z.object({ responses: z.number().int(), meanByQuestion: z.array(z.number().nullable()) });
export const NetScore = z
  .object({
    score: z.number().min(-1).max(1).nullable().describe('share of positive answers (4–5) minus share of negative ones (1–2), over every answer given'),
    positive: z.number().int(),
    negative: z.number().int(),
    answers: z.number().int(),
    responses: z.number().int(),
  })
  .meta({ id: 'NetScore' });
export type NetScore = z.infer<typeof NetScore>;

export const FilteredSummary = Summary.extend({
  wait: Summary.shape.wait.extend({ overTarget: WaitStats.shape.overTarget }),
  survey: Summary.shape.survey.extend({
    bySource: z.object({ kiosk: SourceFigures, paper: SourceFigures, phone: SourceFigures }).describe('the exit screen, paper cards typed in, and visitors\' phones (the follow page), each apart'),
    netScore: NetScore,
  }),
}).meta({ id: 'FilteredSummary' });
export type FilteredSummary = z.infer<typeof FilteredSummary>;

export const HourCell = WaitStats.extend({
  weekday: z.number().int().min(1).max(7).nullable().describe('1 Monday … 7 Sunday; null in the all-days row'),
  hour: z.number().int().min(0).max(23).describe("hour of arrival in the centre's time zone"),
});
export const ByHour = z
  .object({
    from: z.string(),
    to: z.string(),
    timeZone: z.string(),
    targetMinutes: z.number(),
    hours: z.array(HourCell).describe('24 rows, every weekday together'),
    cells: z.array(HourCell).describe('weekday × hour, only where someone arrived'),
  })
  .meta({ id: 'ByHour' });
export type ByHour = z.infer<typeof ByHour>;

export const ByDay = z
  .object({ from: z.string(), to: z.string(), targetMinutes: z.number(), days: z.array(WaitStats.extend({ day: z.string() })) })
  .meta({ id: 'ByDay' });
export type ByDay = z.infer<typeof ByDay>;

const GroupFigures = WaitStats.extend({
  transfers: z.number().int().describe('visits that ended by sending the visitor to another service'),
  medianServiceSeconds: nullableSeconds.describe('from arrival at the desk to finish, finished visits only'),
});
export const Breakdown = z
  .object({
    from: z.string(),
    to: z.string(),
    targetMinutes: z.number(),
    services: z
      .array(
        GroupFigures.extend({
          serviceId: z.number().int(),
          name: z.string(),
          booked: z
            .object({
              checkedIn: z.number().int().describe('booked visits of the period that checked in'),
              metOnTime: z.number().int().describe('of them, called within 5 minutes of the booked time (or of a late check-in)'),
            })
            .describe("Kensington's target: every pre-booked visit met within 5 minutes of the booked time"),
        }),
      )
      .describe('tickets taken for the service; transfers and service times of the visits in it'),
    desks: z.array(GroupFigures.extend({ deskId: z.number().int(), name: z.string() })).describe('tickets last called by the desk; transfers and service times of its own visits'),
  })
  .meta({ id: 'Breakdown' });
export type Breakdown = z.infer<typeof Breakdown>;

const CalendarDay = z
  .string()
  .regex(/^(19|20)\d{2}-\d{2}-\d{2}$/, 'use a day from 1900 to 2099 written YYYY-MM-DD, e.g. 2026-12-07')
  .refine((s) => {
    // Date rolls 2026-02-30 over into March; a real day reads back the same.
    const day = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === s;
  }, 'not a real day');

/** The most days one staffing report covers: two months, enough to plan a rota and to look back on one. */
export const STAFFING_MAX_DAYS = 62;

export const StaffingQuery = z.strictObject({
  from: CalendarDay.describe('first day (inclusive), past or future'),
  to: CalendarDay.describe(`last day (inclusive); at most ${STAFFING_MAX_DAYS} days from "from"`),
  serviceId: z.coerce.number().int().positive().optional().describe('only tickets taken for this service'),
});
export type StaffingQuery = z.infer<typeof StaffingQuery>;

export const StaffingHour = z.object({
  hour: z.number().int().min(0).max(23).describe("hour of the centre's local clock"),
  expectedArrivals: z
    .number()
    .nullable()
    .describe('mean tickets issued in this hour over the 8 most recent same weekdays before "from" with any ticket; null in the hour the clocks skip'),
  meanServiceMinutes: z.number().nullable().describe('mean service time of the served visits issued in the 56 days before "from" (as service_seconds in visits.csv)'),
  desksNeeded: z
    .number()
    .int()
    .nullable()
    .describe('fewest desks that keep up and, by Erlang C, call targetShare of visitors within targetMinutes; 0 when nobody is expected, null without a service time'),
  desksOpen: z.number().int().nullable().describe('desks that called at least one visitor in this hour; null for today and later days'),
  shareWithinTarget: z.number().nullable().describe("share of this hour's tickets first called within targetMinutes; null for today and later days and for hours without tickets"),
});
export type StaffingHour = z.infer<typeof StaffingHour>;

export const Staffing = z
  .object({
    targetMinutes: z.number().describe("the wait target: the service's own when serviceId names one that has it, else the centre's"),
    targetShare: z.number().describe('the centre setting targetShare'),
    days: z.array(z.object({ date: z.string(), hours: z.array(StaffingHour).length(24) })),
  })
  .meta({ id: 'Staffing' });
export type Staffing = z.infer<typeof Staffing>;
