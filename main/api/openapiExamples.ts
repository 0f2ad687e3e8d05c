// Examples for /api/openapi.json: what a request body looks like (by operationId) and what an answer holds (by
// component schema), as a centre would see them. The API tests check every example against its schema, so an
// example cannot drift from the contract either.
const calledAt = '2026-03-02T09:14:05.120Z';
const ticketView = {
  id: 4711,
  number: 'A042',
  serviceId: 1,
  language: 'sv',
  state: 'called',
  issuedAt: '2026-03-02T09:02:41.873Z',
  calledAt,
  deskId: 2,
  bookedAt: null,
  forDeskId: null,
};
const waiting = { ...ticketView, id: 4712, number: 'A043', state: 'waiting', issuedAt: '2026-03-02T09:05:10.004Z', calledAt: null, deskId: null };
const webhook = {
  id: 3,
  url: 'https://topdesk.mjolby.se/hooks/lotsa',
  events: ['ticket.called', 'ticket.finished'],
  enabled: true,
  createdAt: '2026-03-01T15:40:00.000Z',
  disabledAt: null,
};
const meanByQuestion = [4.4, 4.1, 3.9, 4.6, 4.2];
const summary = {
  from: '2026-03-02',
  to: '2026-03-02',
  ticketsIssued: 184,
  served: 161,
  noShows: 9,
  notServed: 0,
  wait: { targetMinutes: 15, medianSeconds: 312, p90Seconds: 1140, shareWithinTarget: 0.87, overTarget: 23 },
  survey: {
    responses: 58,
    meanByQuestion,
    bySource: { kiosk: { responses: 39, meanByQuestion }, paper: { responses: 7, meanByQuestion: [4.1, 4, 3.7, 4.4, 4] }, phone: { responses: 12, meanByQuestion: [4.3, 3.9, 4.5, 4.2, null] } },
    netScore: { score: 0.71, positive: 214, negative: 18, answers: 276, responses: 58 },
  },
};

/** An example answer for each of these component schemas. */
export const SCHEMA_EXAMPLES: Record<string, unknown> = {
  Service: { id: 1, name: 'Bygglov', names: { en: 'Building permits', ar: 'تراخيص البناء' }, prefix: 'A' },
  Desk: { id: 2, name: 'Disk 2', names: { en: 'Desk 2', ar: 'المكتب 2' }, serviceIds: [1, 3], privateRoom: false },
  TicketView: ticketView,
  Ticket: { ...waiting, ahead: 3, estimatedWaitMinutes: 12, print: { status: 'printed' }, followUrl: 'http://lotsa.local:8080/t/Vq3kR0xN8sYw2bT5cJ1mLg' },
  QueueSnapshot: { seq: 1893, day: '2026-03-02', timeZone: 'Europe/Stockholm', waiting: [waiting], called: [ticketView] },
  DeskActionResult: { ticket: ticketView },
  Health: { status: 'ok', db: 'ok', printer: { state: 'ready' }, central: { state: 'synced', lastSyncAt: '2026-12-05T09:14:02.000Z', pending: 0 } },
  SurveyResponse: { id: 310, submittedAt: '2026-03-02T09:31:12.500Z' },
  SurveyTicket: { number: 'A042', language: 'ar' },
  FilteredSummary: summary,
  Webhook: webhook,
  WebhookCreated: { ...webhook, secret: 'whsec_3q2-7wX9kVb0HcQz1mLrT5yNa8fDe6gJ4uPs0oIiKkA' },
  WebhookDelivery: {
    id: '0b8f3c9e-5a7d-4e21-9c6b-2f1d8a4e7b30',
    eventSeq: 1894,
    type: 'ticket.called',
    occurredAt: calledAt,
    status: 'delivered',
    attempts: 2,
    lastAttemptAt: '2026-03-02T09:14:15.400Z',
    nextAttemptAt: null,
    lastError: 'ECONNREFUSED',
    deliveredAt: '2026-03-02T09:14:15.460Z',
  },
  WebhookPayload: {
    id: '0b8f3c9e-5a7d-4e21-9c6b-2f1d8a4e7b30',
    type: 'ticket.called',
    occurredAt: calledAt,
    data: {
      ticket: { id: 4711, number: 'A042', serviceId: 1, language: 'sv', state: 'called', issuedAt: '2026-03-02T09:02:41.873Z', calledAt, deskId: 2 },
      desk: { id: 2, name: 'Disk 2' },
    },
  },
  HubEvent: { seq: 1894, at: calledAt, type: 'ticket.called', ticket: ticketView, desk: { id: 2, name: 'Disk 2' } },
};

/** An example request body for each of these operations. */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  postServices: { name: 'Bygglov', names: { en: 'Building permits' }, prefix: 'A' },
  postServicesByIdNames: { names: { en: 'Building permits', ar: 'تراخيص البناء', fi: 'Rakennusluvat' } },
  postDesks: { name: 'Disk 2', serviceIds: [1, 3] },
  postDesksByIdNames: { names: { en: 'Desk 2', ar: 'المكتب 2' } },
  postDesksByIdServices: { serviceIds: [1], secondaryServiceIds: [3] },
  postServicesByIdSettings: { waitTargetMinutes: 20, outcomes: ['Ärendet klart', 'Hänvisad vidare'], outcomeNames: { 'Ärendet klart': { en: 'Resolved' } } },
  postTickets: { serviceId: 1, language: 'sv' },
  postTicketsByIdNeeds: { needs: { interpreter: 'ar', privateRoom: true }, note: 'Vill helst träffa samma handläggare som förra gången' },
  postDesksByIdCall: { ticketId: 4712 },
  postDesksByIdFinish: { outcome: 'Ärendet klart' },
  postDesksByIdResumeTicket: { ticketId: 4712 },
  postDesksByIdTransfer: { serviceId: 3 },
  postDesksByIdPause: { reason: 'Lunch' },
  postSurvey: { answers: [5, 4, null, 5, 4], comment: 'Snabb och vänlig hjälp', ticketId: 4711 },
  postAppointmentsCheckIn: { code: 'K7QF2M', language: 'sv' },
  postAuthLogin: { username: 'anna.berg', password: 'a long enough password' },
  postAuthSetup: { setupCode: '482913', username: 'admin', password: 'a long enough password' },
  postUsers: { username: 'anna.berg', password: 'a long enough password', role: 'staff' },
  postUsersById: { disabled: true },
  postDevices: { role: 'kiosk', name: 'Entré' },
  postDevicesPair: { pairingCode: '739105' },
  postPrinterTest: { language: 'sv' },
  postImprovements: {
    said: { sv: 'Skärmen med könummer var svår att läsa.', en: 'The queue screen was hard to read.' },
    did: { sv: 'Större siffror från mars.', en: 'Larger numbers from March.' },
  },
  postPrinterSettings: { profile: 'epson-80', path: '/dev/serial/by-id/usb-EPSON_TM-T20III-if00', baud: 19200 },
  postAppointments: { serviceId: 1, startsAt: '2026-03-03T13:30:00.000Z', name: 'Karin Lind' },
  postSettings: { centreName: 'Medborgarservice Mjölby', waitTargetMinutes: 15, timeZone: 'Europe/Stockholm', publicBaseUrl: 'http://lotsa.local:8080' },
  postWebhooks: { url: 'https://topdesk.mjolby.se/hooks/lotsa', events: ['ticket.called', 'ticket.finished'] },
  postSurveyConfig: {
    idleResetSeconds: 60,
    questions: [1, 2, 3, 4, 5].map((id) => ({ id, active: id !== 3, texts: { sv: `Fråga ${id}`, en: `Question ${id}` } })),
  },
};
