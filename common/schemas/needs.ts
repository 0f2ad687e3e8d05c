// What a guide learnt at the door and the desks need to know: an interpreter's language, a private room, urgency,
// and a short note. Staff business only: no public view, event or export carries it.
import { z } from 'zod';
import { Id } from './common.ts';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { cleanString } from './text.ts';
import { SummaryQuery } from './reports.ts';

export const Needs = z
  .strictObject({
    interpreter: z.enum(LANGUAGE_CODES).optional().describe('the language an interpreter is needed for (any language Lotsa knows, offered at the kiosk or not)'),
    privateRoom: z.boolean().optional().describe('to be called only by a private-room desk, when the centre has one'),
    urgent: z.boolean().optional().describe('called first within its service'),
  })
  .meta({ id: 'Needs' });
export type Needs = z.infer<typeof Needs>;

export const NOTE_MAX = 200;
export const Note = cleanString({ what: 'the note', max: NOTE_MAX, min: 0 }).describe(
  "the guide's note for the desk; erased when its business day ends, as it may hold personal data",
);

export const TicketNeedsBody = z.strictObject({ needs: Needs, note: Note.optional() });
export type TicketNeedsBody = z.infer<typeof TicketNeedsBody>;

export const TicketNeeds = z
  .object({ ticketId: Id, needs: Needs, note: z.string().nullable() })
  .meta({ id: 'TicketNeeds' });
export type TicketNeeds = z.infer<typeof TicketNeeds>;

export const OpenTicketNeeds = z
  .object({ tickets: z.array(TicketNeeds).describe('the needs of every ticket waiting or at a desk now') })
  .meta({ id: 'OpenTicketNeeds' });
export type OpenTicketNeeds = z.infer<typeof OpenTicketNeeds>;

export const NeedsReportQuery = SummaryQuery;
export const NeedsReport = z
  .object({
    from: z.string(),
    to: z.string(),
    interpreter: z.record(z.string(), z.number().int()).describe('tickets that needed an interpreter, by language code'),
    privateRoom: z.number().int(),
    urgent: z.number().int(),
  })
  .meta({ id: 'NeedsReport' });
export type NeedsReport = z.infer<typeof NeedsReport>;
