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
