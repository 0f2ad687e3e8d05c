// Taking a ticket. The number is counted and the ticket stored in one IMMEDIATE transaction, so two kiosks tapping
// in the same millisecond still get consecutive numbers, and a crash leaves either the whole ticket or nothing.
// A booked visitor's check-in takes its ticket the same way, claiming the booking in the same transaction.
import { randomBytes } from 'node:crypto';
import type { HubContext } from '../context.ts';
import type { Emit } from '../events/hubWriter.ts';
import type { IssueTicketBody, Ticket } from '../../common/schemas/tickets.ts';
import { isCatalogueCode, type LanguageCode } from '../../common/i18n/languages.ts';
import { formatTicketNumber } from '../../common/queue/ticketNumber.ts';
import { centreDay } from '../centreDay.ts';
import { getService } from '../catalogue/services.ts';
import { invalid } from '../problems.ts';
import { ticketDocument } from '../printer/ticketDocument.ts';
import { readOverrides } from '../translations/translationOverrides.ts';
import { printAnswer, printTicket } from '../printer/printTicket.ts';
import { printInfo, ticketRow, toTicketView, type TicketRow } from './ticketRows.ts';
import { waitInfo } from './waitInfo.ts';
import { followUrl } from './follow.ts';
import { storeNeeds } from './ticketNeeds.ts';

export interface IssueRequest {
  serviceId: number;
  /** The visitor's language; none: the first the centre offers. */
  language: LanguageCode | undefined;
  /** The address the follow link starts with (main/queue/follow.ts: followBase). */
  publicBase: string;
  /** Runs inside the ticket's transaction once the ticket row exists (a check-in claims its booking here). */
  alongside?: (ticketId: number, emit: Emit, nowMs: number) => void;
}

/** A kiosk's tap, or a guide issuing on a visitor's behalf with what the desk should know (the route lets only
 *  staff send needs and a note). */
export function issueTicket(ctx: HubContext, body: IssueTicketBody, publicBase: string): Promise<Ticket> {
  const { needs, note } = body;
  const withNeeds = needs !== undefined || note !== undefined;
  return issue(ctx, {
    serviceId: body.serviceId,
    language: body.language,
    publicBase,
    ...(withNeeds ? { alongside: (ticketId, emit, now) => storeNeeds(ctx, emit, now, ticketId, { needs: needs ?? {}, ...(note !== undefined ? { note } : {}) }) } : {}),
  });
}

/** Stores the ticket (committed before anything is printed), starts its print, and answers with the print's outcome
 *  if the printer gives it within the answer wait (main/printer/printTicket.ts). */
export async function issue(ctx: HubContext, request: IssueRequest): Promise<Ticket> {
  const settings = ctx.settings();
  const language = request.language ?? settings.visitorLanguages[0]!;
  // A ticket only in a language the centre offers: its follow page, survey and call must be able to speak it.
  if (!(settings.visitorLanguages as readonly LanguageCode[]).includes(language)) {
    throw invalid('language-not-offered', `language ${language} is not offered here; this centre offers ${settings.visitorLanguages.join(', ')}`);
  }
  const service = getService(ctx, request.serviceId);
  const initialPrintStatus = ctx.printer.state() === 'virtual' ? 'virtual' : 'queued';
  const id = ctx.writer.write((emit, now) => {
    const day = centreDay(ctx, now);
    const sequence =
      1 +
      (ctx.db
        .prepare<[number, string], number>('SELECT COALESCE(MAX(day_sequence), 0) FROM tickets WHERE issued_service_id = ? AND day = ?')
        .pluck()
        .get(service.id, day) ?? 0);
    const number = formatTicketNumber(service.prefix, sequence);
    // 128 random bits: the follow page's address, which nobody can guess from a ticket number or id.
    const followToken = randomBytes(16).toString('base64url');
    const ticketId = Number(
      ctx.db
        .prepare(
          `INSERT INTO tickets (issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at, print_status, follow_token)
           VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)`,
        )
        .run(service.id, service.id, day, sequence, number, language, now, now, initialPrintStatus, followToken).lastInsertRowid,
    );
    request.alongside?.(ticketId, emit, now);
    emit({ type: 'ticket.issued', ticket: toTicketView(ticketRow(ctx.db, ticketId)!) });
    return ticketId;
  });

  const row = ticketRow(ctx.db, id)!;
  const wait = waitInfo(ctx.db, row);
  const document = ticketDocument({
    centreName: settings.centreName,
    centreNames: settings.centreNames,
    serviceName: service.name,
    serviceNames: service.names,
    number: row.number,
    ...wait,
    issuedAtMs: row.issued_at,
    language,
    timeZone: settings.timeZone,
    followUrl: followUrl(request.publicBase, row.follow_token!),
    corrections: isCatalogueCode(language) ? readOverrides(ctx.db, language) : {},
  });
  const print = await printAnswer(printTicket(ctx, id, row.number, document));
  return { ...ticketAnswer(ctx, row, request.publicBase), print };
}

function ticketAnswer(ctx: HubContext, row: TicketRow, publicBase: string): Ticket {
  return { ...toTicketView(row), ...waitInfo(ctx.db, row), print: printInfo(row), followUrl: followUrl(publicBase, row.follow_token!) };
}

export function getTicket(ctx: HubContext, id: number, publicBase: string): Ticket | undefined {
  const row = ticketRow(ctx.db, id);
  return row && ticketAnswer(ctx, row, publicBase);
}
