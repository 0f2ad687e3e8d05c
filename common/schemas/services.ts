import { z } from 'zod';
import { Id } from './common.ts';
import { cleanString } from './text.ts';
import { NamesBody, NamesView } from './names.ts';

const Outcome = cleanString({ what: 'an outcome', max: 60 });

export const Service = z
  .object({ id: Id, name: z.string().describe("the default name, in the centre's name language"), names: NamesView, prefix: z.string() })
  .meta({ id: 'Service' });

/** A service's own settings, kept beside the Service shape so that shape stays as integrators know it. */
export const ServiceSettings = z
  .object({
    serviceId: Id,
    waitTargetMinutes: z.number().nullable().describe("this service's wait target; null: the centre's"),
    outcomes: z.array(z.string()).describe('what a visit can end with, chosen at the desk on finish'),
    outcomeNames: z
      .record(z.string(), NamesView)
      .default({})
      .describe("each outcome's name per language, by the outcome; the desk shows the one in its language, else the outcome"),
  })
  .meta({ id: 'ServiceSettings' });
export type ServiceSettings = z.infer<typeof ServiceSettings>;
export type Service = z.infer<typeof Service>;

const ServiceNames = NamesBody('a service name', 80);

export const CreateServiceBody = z.strictObject({
  name: cleanString({ what: 'name', max: 80 }),
  names: ServiceNames.optional(),
  // A prefix is read aloud and printed large, so it stays one to three capital letters.
  prefix: z.string().trim().regex(/^[A-Z]{1,3}$/, 'prefix must be one to three capital letters A-Z'),
});
export type CreateServiceBody = z.infer<typeof CreateServiceBody>;

/** Replaces a service's translations: a language left out has none (its screens show the default name). */
export const ServiceNamesBody = z.strictObject({ names: ServiceNames });
export type ServiceNamesBody = z.infer<typeof ServiceNamesBody>;

export const ServiceSettingsBody = z.strictObject({
  waitTargetMinutes: z.number().min(1, 'a wait target is at least 1 minute').max(480, 'a wait target is at most 480 minutes').nullable().optional(),
  outcomes: z
    .array(Outcome)
    .max(12, 'at most 12 outcomes')
    .refine((list) => new Set(list).size === list.length, 'each outcome appears once')
    .optional(),
  outcomeNames: z
    .record(z.string(), NamesBody('an outcome', 60))
    .optional()
    .describe("each outcome's translations, by the outcome (one of outcomes); replaces them all, and an outcome removed loses its own"),
});
export type ServiceSettingsBody = z.infer<typeof ServiceSettingsBody>;
