import { z } from 'zod';
import { TICKET_STATES } from '../queue/visitState.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { Id, IsoTime } from './common.ts';

export const Language = z.enum(LANGUAGE_CODES);

export const PRINT_STATUSES = ['queued', 'printed', 'failed', 'virtual'] as const;
export const PrintInfo = z.object({ status: z.enum(PRINT_STATUSES), reason: z.string().optional() });
export type PrintInfo = z.infer<typeof PrintInfo>;

export const IssueTicketBody = z.strictObject({ serviceId: z.number().int().positive(), language: Language.optional() });
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
  })
  .meta({ id: 'TicketView' });
export type TicketView = z.infer<typeof TicketView>;

export const Ticket = TicketView.extend({
  ahead: z.number().int().min(0).describe('tickets of the same service ahead of this one while it waits'),
  estimatedWaitMinutes: z.number().int().min(0),
  print: PrintInfo,
}).meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof Ticket>;

export const QueueSnapshot = z
  .object({
    seq: z.number().int().min(0).describe('the last event included: open /api/events?after=seq to follow on'),
    waiting: z.array(TicketView),
    called: z.array(TicketView),
  })
  .meta({ id: 'QueueSnapshot' });
export type QueueSnapshot = z.infer<typeof QueueSnapshot>;
