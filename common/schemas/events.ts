// Every change in the hub is one event with a monotonically increasing seq. The WebSocket streams them; a screen
// that reconnects with ?after=<last seq it saw> receives every event it missed, in order, then the live ones, or a
// resync message when the hub can no longer say what it missed.
import { z } from 'zod';
import { Id, IsoTime } from './common.ts';
import { PrinterState } from './health.ts';
import { Service, ServiceSettings } from './services.ts';
import { Desk, DeskDetail } from './desks.ts';
import { PrintInfo, TicketView } from './tickets.ts';
import { PrinterSettings } from './printer.ts';
import { APPOINTMENT_STATES } from './appointments.ts';
import { CentreSettings } from './settings.ts';
import { Device, User } from './auth.ts';
import { CatalogueLanguage } from './translations.ts';
import { Webhook } from './webhooks.ts';
import { Improvement } from './improvements.ts';

const DeskRef = z.object({ id: Id, name: z.string() });
// Neither the visitor's name nor the booking code (the check-in secret) ever goes into the event log.
const AppointmentRef = z.object({ id: Id, serviceId: Id, startsAt: IsoTime, state: z.enum(APPOINTMENT_STATES), ticketId: Id.nullable() });
const base = { seq: z.number().int().positive(), at: IsoTime };
const deskEvent = <T extends string>(type: T) => z.object({ ...base, type: z.literal(type), ticket: TicketView, desk: DeskRef });

export const HubEvent = z
  .discriminatedUnion('type', [
    z.object({ ...base, type: z.literal('ticket.issued'), ticket: TicketView }),
    deskEvent('ticket.called'),
    deskEvent('ticket.recalled'),
    deskEvent('ticket.started'),
    deskEvent('ticket.no-show'),
    deskEvent('ticket.finished'),
    deskEvent('ticket.transferred').extend({ fromServiceId: Id }),
    z.object({ ...base, type: z.literal('survey.submitted'), responseId: Id }),
    z.object({ ...base, type: z.literal('printer.status'), state: PrinterState }),
    z
      .object({ ...base, type: z.literal('ticket.print-status'), ticketId: Id, number: z.string(), print: PrintInfo })
      .describe("a ticket's print came out, or failed (the kiosk then asks the visitor to remember the number)"),
    z
      .object({ ...base, type: z.literal('printer.settings-updated'), settings: PrinterSettings })
      .describe('staff only'),
    z.object({ ...base, type: z.literal('service.created'), service: Service }),
    z.object({ ...base, type: z.literal('desk.created'), desk: Desk }),
    z.object({ ...base, type: z.literal('service.updated'), service: Service }).describe("a service's names per language changed"),
    deskEvent('ticket.parked'),
    z
      .object({ ...base, type: z.literal('ticket.not-served'), ticket: TicketView })
      .describe("still waiting in the night's quiet hour after its business day ended: closed unserved, out of the waiting line"),
    z
      .object({ ...base, type: z.literal('day.started'), day: z.string(), timeZone: z.string() })
      .describe('a new business day began (once a day, also after the hub was off): its date and the zone in force (a new one starts here); screens call it today'),
    deskEvent('ticket.resumed'),
    z.object({ ...base, type: z.literal('desk.updated'), desk: DeskDetail }),
    z.object({ ...base, type: z.literal('desk.paused'), desk: DeskDetail }),
    z.object({ ...base, type: z.literal('desk.resumed'), desk: DeskDetail }),
    z.object({ ...base, type: z.literal('service.settings-updated'), settings: ServiceSettings }),
    z.object({ ...base, type: z.literal('desk.alarm'), desk: DeskRef }).describe('staff only'),
    z.object({ ...base, type: z.literal('appointment.created'), appointment: AppointmentRef }).describe('staff only'),
    z.object({ ...base, type: z.literal('appointment.cancelled'), appointment: AppointmentRef }).describe('staff only'),
    z.object({ ...base, type: z.literal('appointment.checked-in'), appointment: AppointmentRef }).describe('staff only'),
    z.object({ ...base, type: z.literal('settings.updated'), settings: CentreSettings }).describe('staff only'),
    z
      .object({ ...base, type: z.literal('translations.changed'), lang: CatalogueLanguage, overridden: z.number().int() })
      .describe("the centre corrected this language's visitor texts: screens showing it re-read GET /api/translations/:lang"),
    z
      .object({ ...base, type: z.literal('appointments.names-erased'), count: z.number().int().positive(), bookedBefore: IsoTime })
      .describe('staff only: the names of this many bookings made for before bookedBefore were erased (retention period)'),
    z.object({ ...base, type: z.literal('user.created'), user: User }).describe('staff only'),
    z.object({ ...base, type: z.literal('user.updated'), user: User }).describe('staff only'),
    z.object({ ...base, type: z.literal('device.registered'), device: Device }).describe('staff only: registered, or given a new pairing code'),
    z.object({ ...base, type: z.literal('device.paired'), device: Device }).describe('staff only'),
    z.object({ ...base, type: z.literal('device.revoked'), device: Device }).describe('staff only'),
    z
      .object({ ...base, type: z.literal('ticket.needs-changed'), ticketId: Id })
      .describe("staff only: a guide set this ticket's needs or note; read them from GET /api/tickets/needs (never in the log itself)"),
    z.object({ ...base, type: z.literal('webhook.created'), webhook: Webhook }).describe('staff only: a receiver was registered (never with its secret)'),
    z.object({ ...base, type: z.literal('webhook.disabled'), webhook: Webhook }).describe('staff only'),
    z.object({ ...base, type: z.literal('improvement.created'), improvement: Improvement }).describe('"you said, we did": a new one to show'),
    z.object({ ...base, type: z.literal('improvement.retired'), improvement: Improvement }).describe('"you said, we did": no longer shown'),
  ])
  .meta({ id: 'HubEvent' });
export type HubEvent = z.infer<typeof HubEvent>;
export type HubEventType = HubEvent['type'];
/** An event as the hub records it, before the log gives it a seq and a time. */
export type NewHubEvent = HubEvent extends infer E ? (E extends HubEvent ? Omit<E, 'seq' | 'at'> : never) : never;
export type DeskEvent = Extract<HubEvent, { desk: unknown; ticket: unknown }>;

/** Events only staff, admins and the API token receive: the silent alarm must leave no sign on a public display,
 *  and bookings, accounts and devices are staff business. */
export const STAFF_ONLY_EVENT_TYPES: readonly HubEventType[] = [
  'desk.alarm',
  'appointment.created',
  'appointment.cancelled',
  'appointment.checked-in',
  'settings.updated',
  'appointments.names-erased',
  'user.created',
  'user.updated',
  'device.registered',
  'device.paired',
  'device.revoked',
  'printer.settings-updated',
  'ticket.needs-changed',
  'webhook.created',
  'webhook.disabled',
];

export const EventsQuery = z.strictObject({
  after: z.coerce.number().int().min(0, 'after is a seq, 0 or more').optional().describe('the last seq the client has; left out: from now on'),
  token: z.string().optional(),
});

/**
 * The stream's one message that is not an event, sent first when the client's `after` cannot be caught up by
 * events: it is beyond the hub's last seq (the database was restored from an older backup or replaced) or older
 * than the oldest event kept (the log keeps eventRetentionDays). The client reloads its state from the API; the
 * events that follow come after `seq`, which is where it resumes from when it reconnects.
 */
export const StreamResync = z
  .object({ type: z.literal('resync'), seq: z.number().int().min(0).describe('the events that follow come after this seq') })
  .meta({ id: 'StreamResync' });
export type StreamResync = z.infer<typeof StreamResync>;

/** One message of GET /api/events: an event, or the resync message. */
export const StreamMessage = z.union([StreamResync, HubEvent]).meta({ id: 'StreamMessage' });
export type StreamMessage = z.infer<typeof StreamMessage>;
