import { z } from 'zod';
import { Id, IsoTime } from './common.ts';
import { TicketView } from './tickets.ts';
import { cleanString } from './text.ts';
import { NamesBody, NamesView } from './names.ts';

export const DeskPause = z.object({ reason: z.string(), since: IsoTime });

export const Desk = z
  .object({
    id: Id,
    name: z.string().describe("the default name, in the centre's name language"),
    names: NamesView,
    serviceIds: z.array(Id),
    // Added later: events stored before it parse as an ordinary desk.
    privateRoom: z.boolean().default(false).describe('a room where a visitor can speak unheard: tickets that need one are called only here'),
  })
  .meta({ id: 'Desk' });
export type Desk = z.infer<typeof Desk>;

/** A desk as staff work with it: the Desk shape plus its priorities, its pause and the visitors it parked. */
export const DeskDetail = Desk.extend({
  secondaryServiceIds: z.array(Id).describe('called only when nobody waits for the others (unless past their wait target)'),
  paused: DeskPause.nullable().describe('a paused desk calls nobody'),
  parked: z.array(TicketView).describe('visitors this desk parked, to be resumed by it'),
}).meta({ id: 'DeskDetail' });
export type DeskDetail = z.infer<typeof DeskDetail>;

const PositiveInt = z.number().int().positive();

const deskServiceFields = {
  serviceIds: z.array(PositiveInt).min(1, 'a desk serves at least one service').max(50),
  secondaryServiceIds: z.array(PositiveInt).max(50).optional().describe('among serviceIds: called only when nobody waits for the others'),
  privateRoom: z.boolean().optional().describe('the desk is a private room (left out: as it was, or not for a new desk)'),
};
const secondaryAmongServices = (body: { serviceIds: number[]; secondaryServiceIds?: number[] | undefined }) =>
  (body.secondaryServiceIds ?? []).every((id) => body.serviceIds.includes(id));
const secondaryIssue = { message: 'secondaryServiceIds must be among serviceIds', path: ['secondaryServiceIds'] };

const DeskNames = NamesBody('a desk name', 40);

export const CreateDeskBody = z
  .strictObject({ name: cleanString({ what: 'name', max: 40 }), names: DeskNames.optional(), ...deskServiceFields })
  .refine(secondaryAmongServices, secondaryIssue);
export type CreateDeskBody = z.infer<typeof CreateDeskBody>;

/** Replaces a desk's translations: a language left out has none (the display shows the default name). */
export const DeskNamesBody = z.strictObject({ names: DeskNames });
export type DeskNamesBody = z.infer<typeof DeskNamesBody>;

export const DeskServicesBody = z.strictObject(deskServiceFields).refine(secondaryAmongServices, secondaryIssue);
export type DeskServicesBody = z.infer<typeof DeskServicesBody>;

export const TransferBody = z
  .strictObject({
    serviceId: PositiveInt.optional().describe("another service's queue"),
    deskId: PositiveInt.optional().describe('one desk, which alone may call the visitor'),
  })
  .refine((body) => (body.serviceId === undefined) !== (body.deskId === undefined), 'give serviceId or deskId, one of them');
export type TransferBody = z.infer<typeof TransferBody>;

/** What a desk action answers: the ticket it acted on, in its new state. */
export const DeskActionResult = z.object({ ticket: TicketView }).meta({ id: 'DeskActionResult' });
export type DeskActionResult = z.infer<typeof DeskActionResult>;

export const CallTicketBody = z.strictObject({ ticketId: PositiveInt });
export const ResumeTicketBody = z.strictObject({ ticketId: PositiveInt.describe('a ticket this desk parked') });
export const FinishBody = z
  .strictObject({ outcome: cleanString({ what: 'outcome', max: 60 }).optional().describe("one of the service's outcomes") })
  .optional();
export const PauseBody = z.strictObject({ reason: cleanString({ what: 'the reason for the pause', max: 80 }) });

/** Pausing, resuming and the silent alarm answer with the desk as it now is. */
export const DeskStateResult = z.object({ desk: DeskDetail }).meta({ id: 'DeskStateResult' });
