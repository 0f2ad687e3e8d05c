// The centre-wide settings an administrator changes on screen (main/settings.ts keeps them). The survey's idle reset
// is not here: it belongs to the survey's own setup (/api/survey/config), which saves it with the questions.
import { z } from 'zod';
import { cleanString } from './text.ts';
import { CATALOGUE_CODES, LANGUAGE_CODES } from '../i18n/languages.ts';
import { NamesBody, NamesView } from './names.ts';

export const TRANSFER_PLACEMENTS = ['keep-arrival', 'first'] as const;

const Minutes = (what: string, min: number, max: number) =>
  z.number().int(`${what} is a whole number of minutes`).min(min, `${what} runs from ${min} to ${max} minutes`).max(max, `${what} runs from ${min} to ${max} minutes`);

/** A time zone the hub's Intl knows, such as Europe/Stockholm: days, numbering and reports follow it. */
const TimeZone = z
  .string()
  .trim()
  .min(1, 'give a time zone, e.g. Europe/Stockholm')
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'timeZone is not a known time zone; use a name such as Europe/Stockholm or Europe/London');

export const PublicBaseUrl = z
  .url({ protocol: /^https?$/, message: 'publicBaseUrl is an http or https address, e.g. http://192.168.1.20:4800' })
  .max(200, 'publicBaseUrl is at most 200 characters');

export const CentralUrl = z
  .url({ protocol: /^https?$/, message: 'centralUrl is an http or https address, e.g. https://lotsa.kommun.se' })
  .max(200, 'centralUrl is at most 200 characters');

/** POSIX or Windows (drive or network share): the nightly backup must not land somewhere relative to wherever the
 *  hub happened to be started. */
const AbsolutePath = z
  .string()
  .trim()
  .max(300, 'backupFolder is at most 300 characters')
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'backupFolder is an absolute path, e.g. /var/backups/lotsa or D:\\Backups\\Lotsa');

const offerable = `visitorLanguages takes the codes of languages whose visitor texts ship: ${CATALOGUE_CODES.join(', ')}`;
const VisitorLanguages = z
  .array(z.enum(CATALOGUE_CODES, offerable), offerable)
  .min(1, 'visitorLanguages needs at least one language')
  .refine((codes) => new Set(codes).size === codes.length, 'visitorLanguages names each language once');

const WholeNumber = (what: string, min: number, max: number, unit: string) =>
  z.number().int(`${what} is a whole number`).min(min, `${what} runs from ${min} to ${max} ${unit}`).max(max, `${what} runs from ${min} to ${max} ${unit}`);

export const CentreSettings = z
  .object({
    centreName: z.string().describe('printed on every ticket'),
    centreNames: NamesView.describe("the centre's name per visitor language; a language left out shows centreName"),
    nameLanguage: z.enum(LANGUAGE_CODES).describe('the language the default names (centre, services, desks, outcomes, own survey questions) are written in: a screen in another language without a translation shows the default name marked as this language'),
    waitTargetMinutes: z.number().describe("the centre's wait target; a service may set its own"),
    targetShare: z.number().describe('the share of visitors to call within the wait target (0 < share ≤ 1); the staffing forecast plans for it'),
    timeZone: z.string().describe('IANA name of the zone in force now: business days, numbering restarts and report days follow it'),
    timeZoneChange: z
      .object({
        timeZone: z.string(),
        from: z.string().describe('the first instant in the new zone (ISO): the start of a business day there'),
        day: z.string().describe('the business day (YYYY-MM-DD) that begins in the new zone'),
      })
      .nullable()
      .describe('a new time zone waiting for the next business day, so that the current one keeps its numbering, queue and report; null when none waits'),
    noShowAfterRecalls: z.number().int().describe('how often a visitor must be called again before a desk may mark a no-show'),
    transferPlacement: z.enum(TRANSFER_PLACEMENTS).describe('a transferred visitor keeps their place by arrival time, or goes first'),
    checkInEarlyMinutes: z.number().int().describe('check-in for a booking opens this long before the booked time'),
    checkInLateMinutes: z.number().int().describe('and closes this long after it'),
    publicBaseUrl: z.string().nullable().describe("the hub's address on the guest network for follow links; null: --public-url, else the address the hub listens on"),
    backupFolder: z.string().nullable().describe('absolute folder for the nightly backup (02:30 centre time); null: no nightly backup'),
    backupKeep: z.number().int().describe('how many nightly backups the folder keeps; older ones are deleted'),
    nameRetentionDays: z.number().int().describe("a booked visitor's name is erased this many days after the booked time"),
    eventRetentionDays: z.number().int().describe('the event log keeps this many days for screens to catch up from; reports read tickets, not events'),
    visitorLanguages: z.array(z.enum(CATALOGUE_CODES)).describe('the languages the visitor screens offer, in order; the first is where each visitor starts'),
    // The central service (issue 17): where this site pushes, and what it shares.
    centralUrl: z.string().nullable().describe('the central service this site pushes to; null: none (--central overrides it)'),
    centralSiteTokenSet: z.boolean().describe('whether a site token is saved; the token itself is never shown (--site-token overrides it)'),
    centralShareComments: z.boolean().describe("whether visitors' survey comments are sent to the central service with their ratings"),
    centralSurveyQuestions: z.boolean().describe("whether the survey's questions are taken over from the central service at every sync"),
  })
  .meta({ id: 'CentreSettings' });
export type CentreSettings = z.infer<typeof CentreSettings>;

/** Any subset of the settings; a field left out keeps its value. */
export const CentreSettingsBody = z
  .strictObject({
    centreName: cleanString({ what: 'centreName', max: 60 }),
    centreNames: NamesBody('a centre name', 60),
    nameLanguage: z.enum(LANGUAGE_CODES, `nameLanguage is one of ${LANGUAGE_CODES.join(', ')}`),
    waitTargetMinutes: Minutes('waitTargetMinutes', 1, 480),
    targetShare: z
      .number('targetShare is a number, e.g. 0.8 for 80 %')
      .gt(0, 'targetShare is more than 0 and at most 1 (0.8 is 80 %)')
      .max(1, 'targetShare is more than 0 and at most 1 (0.8 is 80 %)'),
    timeZone: TimeZone,
    noShowAfterRecalls: z.number().int('noShowAfterRecalls is a whole number').min(0, 'noShowAfterRecalls is 0 or more').max(5, 'noShowAfterRecalls is at most 5'),
    transferPlacement: z.enum(TRANSFER_PLACEMENTS, "transferPlacement is 'keep-arrival' or 'first'"),
    checkInEarlyMinutes: Minutes('checkInEarlyMinutes', 0, 240),
    checkInLateMinutes: Minutes('checkInLateMinutes', 0, 240),
    publicBaseUrl: PublicBaseUrl.nullable().describe('null: --public-url, else the address the hub listens on'),
    backupFolder: AbsolutePath.nullable().describe('null: no nightly backup'),
    backupKeep: WholeNumber('backupKeep', 1, 365, 'backups'),
    nameRetentionDays: WholeNumber('nameRetentionDays', 1, 3650, 'days'),
    eventRetentionDays: WholeNumber('eventRetentionDays', 1, 365, 'days'),
    visitorLanguages: VisitorLanguages,
    centralUrl: CentralUrl.nullable().describe('null: no central service'),
    centralSiteToken: z
      .string()
      .trim()
      .min(8, 'centralSiteToken is the site token the central service showed, at least 8 characters')
      .max(200, 'centralSiteToken is at most 200 characters')
      .nullable()
      .describe('write-only; null removes it'),
    centralShareComments: z.boolean('centralShareComments is true or false'),
    centralSurveyQuestions: z.boolean('centralSurveyQuestions is true or false'),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'give at least one setting to change');
export type CentreSettingsBody = z.infer<typeof CentreSettingsBody>;
