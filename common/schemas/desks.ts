import { z } from 'zod';
import { Id } from './common.ts';
import { TicketView } from './tickets.ts';

export const Desk = z.object({ id: Id, name: z.string(), serviceIds: z.array(Id) }).meta({ id: 'Desk' });
export type Desk = z.infer<typeof Desk>;

export const CreateDeskBody = z.strictObject({
  name: z.string().trim().min(1, 'name must not be empty').max(40, 'name is at most 40 characters'),
  serviceIds: z.array(z.number().int().positive()).min(1, 'a desk serves at least one service').max(50),
});
export type CreateDeskBody = z.infer<typeof CreateDeskBody>;

export const TransferBody = z.strictObject({ serviceId: z.number().int().positive() });
export type TransferBody = z.infer<typeof TransferBody>;

/** What a desk action answers: the ticket it acted on, in its new state. */
export const DeskActionResult = z.object({ ticket: TicketView }).meta({ id: 'DeskActionResult' });
export type DeskActionResult = z.infer<typeof DeskActionResult>;
