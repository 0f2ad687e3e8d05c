// Who may call what: every endpoint of the hub and the roles that may call it, in one table to read and audit.
// The server refuses to start with a route missing from it, and a test calls every row as every role.
// admin: services, desks, devices, users, settings, reports, webhooks. staff: the desks' work, the queue, bookings, today's
// figures. Devices: a kiosk takes tickets and checks in bookings, a display reads the queue and the event stream,
// a survey screen submits answers. The API token acts in every role.
import type { Role } from '../../common/schemas/auth.ts';

export interface Access {
  /** 'open': anyone, no credential needed. */
  roles: 'open' | readonly Role[];
  /** A per-device rate limit applied on top: a paired kiosk cannot flood the queue with tickets. */
  limit?: 'tickets';
  /** Lets a caller without any credential through the door when the body carries the route's own credential
   *  instead, which the route then checks; everyone else meets the roles as usual. */
  guest?: (body: unknown) => boolean;
}

/** The visitor's phone rates its visit with the follow link's token as its only credential (main/survey/
 *  phoneSurvey.ts checks it). A body that names source "phone" passes too, so that a phone answer without its token
 *  hears so (400) rather than to sign in; the schema allows no other source with a token, nor a token with another. */
const carriesFollowLink = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && ('followToken' in body || (body as { source?: unknown }).source === 'phone');

const OPEN: Access = { roles: 'open' };
const ADMIN: Access = { roles: ['admin'] };
const STAFF: Access = { roles: ['staff', 'admin'] };
const SCREENS: Access = { roles: ['kiosk', 'display', 'survey', 'staff', 'admin'] };
const TAKES_TICKETS: Access = { roles: ['kiosk', 'staff', 'admin'], limit: 'tickets' };

export const ACCESS_TABLE: Readonly<Record<string, Access>> = {
  'GET /api/health': OPEN,
  'GET /api/languages': OPEN,
  // The centre's corrected visitor texts, which every visitor screen (and the follow page) shows.
  'GET /api/translations/:lang': OPEN,
  'GET /api/openapi.json': OPEN,
  // Speech mode's audio: paired visitor screens (and staff trying them); never open, as each new text costs a synthesis.
  'GET /api/speech': SCREENS,
  // The visitor's phone: the 128-bit token in the address is the credential, and it shows one ticket only.
  'GET /api/follow/:token': OPEN,
  // "You said, we did": published on the wall display and the follow page, so open like them.
  'GET /api/improvements': OPEN,

  'GET /api/auth/status': OPEN,
  'POST /api/auth/login': OPEN,
  'POST /api/auth/logout': OPEN,
  'POST /api/auth/setup': OPEN,
  'POST /api/devices/pair': OPEN,

  'GET /api/events': { roles: ['kiosk', 'display', 'staff', 'admin'] },
  'GET /api/services': SCREENS,
  'GET /api/desks': { roles: ['display', 'staff', 'admin'] },
  'GET /api/queue': { roles: ['display', 'staff', 'admin'] },

  'POST /api/tickets': TAKES_TICKETS,
  'POST /api/appointments/check-in': TAKES_TICKETS,
  'GET /api/tickets/:id': { roles: ['kiosk', 'staff', 'admin'] },
  // A guide's needs and note about a visitor: staff business; the ticket route also refuses them from a kiosk.
  'GET /api/tickets/needs': STAFF,
  'POST /api/tickets/:id/needs': STAFF,

  // The questions are on the exit screen for all to read, and the follow page asks them on the visitor's own phone.
  'GET /api/survey/questions': OPEN,
  // The survey screen learns one thing of a typed ticket number: the language to ask in.
  'GET /api/survey/ticket/:number': { roles: ['survey', 'staff', 'admin'] },
  // A paper card typed in (source "paper") needs staff; the route checks that. The visitor's phone (source "phone")
  // needs no login: its follow token is the credential.
  'POST /api/survey': { roles: ['survey', 'staff', 'admin'], guest: carriesFollowLink },

  'GET /api/desks/:id': STAFF,
  'GET /api/service-settings': STAFF,
  'POST /api/desks/:id/next': STAFF,
  'POST /api/desks/:id/call': STAFF,
  'POST /api/desks/:id/recall': STAFF,
  'POST /api/desks/:id/start': STAFF,
  'POST /api/desks/:id/no-show': STAFF,
  'POST /api/desks/:id/finish': STAFF,
  'POST /api/desks/:id/park': STAFF,
  'POST /api/desks/:id/resume-ticket': STAFF,
  'POST /api/desks/:id/transfer': STAFF,
  'POST /api/desks/:id/pause': STAFF,
  'POST /api/desks/:id/resume': STAFF,
  'POST /api/desks/:id/alarm': STAFF,
  'GET /api/appointments': STAFF,
  'POST /api/appointments': STAFF,
  'POST /api/appointments/:id/cancel': STAFF,
  // Staff see today's figures; the routes refuse them a longer period.
  'GET /api/reports/summary': STAFF,
  'GET /api/reports/by-hour': STAFF,
  'GET /api/reports/by-day': STAFF,
  'GET /api/reports/breakdown': STAFF,
  // The forecast is for planning the rota, so staff may read any period: it holds counts per hour, no visitor.
  'GET /api/reports/staffing': STAFF,
  // Counts of needs by language and kind, for booking interpreters: no visitor, no note.
  'GET /api/reports/needs': STAFF,

  'GET /api/reports/visits.csv': ADMIN,
  'GET /api/reports/survey.csv': ADMIN,
  'GET /api/survey/comments': ADMIN,
  'GET /api/survey/config': ADMIN,
  'POST /api/survey/config': ADMIN,
  'POST /api/services': ADMIN,
  'POST /api/services/:id/settings': ADMIN,
  'POST /api/services/:id/names': ADMIN,
  'POST /api/desks': ADMIN,
  'POST /api/desks/:id/services': ADMIN,
  'POST /api/desks/:id/names': ADMIN,
  'GET /api/settings': ADMIN,
  'POST /api/settings': ADMIN,
  'GET /api/backup': ADMIN,
  'GET /api/printer': ADMIN,
  'POST /api/printer/test': ADMIN,
  'POST /api/printer/settings': ADMIN,
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'POST /api/users/:id': ADMIN,
  'GET /api/devices': ADMIN,
  'POST /api/devices': ADMIN,
  'POST /api/devices/:id/pairing-code': ADMIN,
  'POST /api/devices/:id/revoke': ADMIN,
  'GET /api/translations': ADMIN,
  'GET /api/translations/:lang.csv': ADMIN,
  'POST /api/translations/:lang': ADMIN,
  // A receiver's secret and what the centre sends out are the administrator's to decide.
  'GET /api/webhooks': ADMIN,
  'POST /api/webhooks': ADMIN,
  'POST /api/webhooks/:id/disable': ADMIN,
  'GET /api/webhooks/:id/deliveries': ADMIN,
  'POST /api/improvements': ADMIN,
  'POST /api/improvements/:id/retire': ADMIN,
};

export function accessOf(method: string, url: string): Access {
  const access = ACCESS_TABLE[`${method} ${url}`];
  if (!access) throw new Error(`${method} ${url} is missing from the access table (main/api/accessTable.ts)`);
  return access;
}
