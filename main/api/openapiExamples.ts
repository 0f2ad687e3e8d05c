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
    bySource: { kiosk: { responses: 51, meanByQuestion }, paper: { responses: 7, meanByQuestion: [4.1, 4, 3.7, 4.4, 4] } },
    netScore: { score: 0.71, positive: 214, negative: 18, answers: 276, responses: 58 },
  },
};

/** An example answer for each of these component schemas. */
export const SCHEMA_EXAMPLES: Record<string, unknown> = {
  Service: { id: 1, name: 'Bygglov', prefix: 'A' },
  Desk: { id: 2, name: 'Disk 2', serviceIds: [1, 3], privateRoom: false },
  TicketView: ticketView,
  Ticket: { ...waiting, ahead: 3, estimatedWaitMinutes: 12, print: { status: 'printed' }, followUrl: 'http://lotsa.local:8080/t/Vq3kR0xN8sYw2bT5cJ1mLg' },
  QueueSnapshot: { seq: 1893, day: '2026-03-02', timeZone: 'Europe/Stockholm', waiting: [waiting], called: [ticketView] },
  DeskActionResult: { ticket: ticketView },
  Health: { status: 'ok', db: 'ok', printer: { state: 'ready' } },
  SurveyResponse: { id: 310, submittedAt: '2026-03-02T09:31:12.500Z' },
  FilteredSummary: summary,
  HubEvent: { seq: 1894, at: calledAt, type: 'ticket.called', ticket: ticketView, desk: { id: 2, name: 'Disk 2' } },
};

/** An example request body for each of these operations. */
export const REQUEST_EXAMPLES: Record<string, unknown> = {
  postServices: { name: 'Bygglov', prefix: 'A' },
  postDesks: { name: 'Disk 2', serviceIds: [1, 3] },
  postDesksByIdServices: { serviceIds: [1], secondaryServiceIds: [3] },
  postServicesByIdSettings: { waitTargetMinutes: 20, outcomes: ['Ärendet klart', 'Hänvisad vidare'] },
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
  postSurveyConfig: {
    idleResetSeconds: 60,
    questions: [1, 2, 3, 4, 5].map((id) => ({ id, active: id !== 3, texts: { sv: `Fråga ${id}`, en: `Question ${id}` } })),
  },
};
