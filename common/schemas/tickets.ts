import { z } from 'zod';
import { TICKET_STATES } from '../queue/visitState.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { Id, IsoTime } from './common.ts';
import { Needs, Note } from './needs.ts';
import { NamesView } from './names.ts';

export const Language = z.enum(LANGUAGE_CODES);

export const PRINT_STATUSES = ['queued', 'printed', 'failed', 'virtual'] as const;
export const PrintInfo = z.object({ status: z.enum(PRINT_STATUSES), reason: z.string().optional() });
export type PrintInfo = z.infer<typeof PrintInfo>;

export const IssueTicketBody = z.strictObject({
  serviceId: z.number().int().positive(),
  language: Language.optional(),
  // Only staff, admins and the API token may send these (a guide issuing on a visitor's behalf); see needs.ts.
  needs: Needs.optional(),
  note: Note.optional(),
});
export type IssueTicketBody = z.infer<typeof IssueTicketBody>;

/** A ticket as every screen sees it: no personal data, ever. */
export const TicketView = z
  .object({
    id: Id,
    number: z.string(),
    serviceId: Id,
    language: Language,
    state: z.enum(TICKET_STATES),
    issuedAt: IsoTime,
    calledAt: IsoTime.nullable(),
    deskId: Id.nullable().describe('the desk that called it last; null while it has not been called since joining its queue'),
    // Added later: events stored before them parse with null, so a screen catching up reads them as before.
    bookedAt: IsoTime.nullable().default(null).describe('checked in for a booking: the booked time (it is called first once that time has come)'),
    forDeskId: Id.nullable().default(null).describe('sent to one desk while waiting: only that desk may call it'),
  })
  .meta({ id: 'TicketView' });
export type TicketView = z.infer<typeof TicketView>;

export const Ticket = TicketView.extend({
  ahead: z.number().int().min(0).describe('tickets of the same service ahead of this one while it waits'),
  estimatedWaitMinutes: z.number().int().min(0),
  print: PrintInfo,
  followUrl: z.string().describe("the visitor's own page (the QR code on the ticket): <publicBaseUrl>/t/<random token>"),
}).meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof Ticket>;

export const QueueSnapshot = z
  .object({
    seq: z.number().int().min(0).describe('the last event included: open /api/events?after=seq to follow on'),
    day: z.string().describe("the centre's current business day (YYYY-MM-DD): what screens call today"),
    timeZone: z.string().describe('the IANA time zone in force: business days and the times screens show follow it'),
    waiting: z.array(TicketView).describe('every ticket waiting, one taken before midnight included (a closed day\'s leftovers end in the night)'),
    called: z.array(TicketView).describe("each desk's current visitor, a visit begun before the day changed included"),
  })
  .meta({ id: 'QueueSnapshot' });
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;

/** A follow token: 128 random bits, base64url. */
export const FollowToken = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'not a follow token');
export const FollowParams = z.strictObject({ token: FollowToken });

/** What the visitor's phone page shows: this ticket only, nothing about anyone else. */
export const FollowView = z
  .object({
    number: z.string(),
    serviceName: z.string(),
    serviceNames: NamesView.describe("the service's name per language; the page shows the one in its language, else serviceName"),
    language: Language,
    state: z.enum(TICKET_STATES),
    ahead: z.number().int().min(0),
    estimatedWaitMinutes: z.number().int().min(0),
    deskName: z.string().nullable().describe('the desk that called the visitor, while called or being served'),
    deskNames: NamesView.describe("that desk's name per language ({} while no desk has called)"),
    ended: z.boolean().describe('the visit is over: the page stops following'),
    survey: z
      .enum(['open', 'answered', 'closed'])
      .describe('open: the visit ended with the visitor served less than 24 h ago and is not rated yet, so the page asks (POST /api/survey with source "phone"); answered: rated; closed: nothing to ask'),
  })
  .meta({ id: 'FollowView' });
export type FollowView = z.infer<typeof FollowView>;
