// Taking a ticket. The number is counted and the ticket stored in one IMMEDIATE transaction, so two kiosks tapping
// in the same millisecond still get consecutive numbers, and a crash leaves either the whole ticket or nothing.
import type { HubContext } from '../context.ts';
import type { IssueTicketBody, Ticket } from '../../common/schemas/tickets.ts';
import { DEFAULT_LANGUAGE } from '../../common/i18n/languages.ts';
import { businessDay, formatTicketNumber } from '../../common/queue/ticketNumber.ts';
import { getService } from '../catalogue/services.ts';
import { ticketDocument } from '../printer/ticketDocument.ts';
import { printInfo, ticketRow, toTicketView } from './ticketRows.ts';
import { waitInfo } from './waitInfo.ts';

export function issueTicket(ctx: HubContext, body: IssueTicketBody): Ticket {
  const settings = ctx.settings();
  const language = body.language ?? DEFAULT_LANGUAGE;
  const service = getService(ctx, body.serviceId);
  const initialPrintStatus = ctx.printer.state() === 'virtual' ? 'virtual' : 'queued';
  const id = ctx.writer.write((emit, now) => {
    const day = businessDay(now, settings.timeZone);
    const sequence =
      1 +
      (ctx.db
        .prepare<[number, string], number>('SELECT COALESCE(MAX(day_sequence), 0) FROM tickets WHERE issued_service_id = ? AND day = ?')
        .pluck()
        .get(service.id, day) ?? 0);
    const number = formatTicketNumber(service.prefix, sequence);
    const ticketId = Number(
      ctx.db
        .prepare(
          `INSERT INTO tickets (issued_service_id, service_id, day, day_sequence, number, language, state, issued_at, queued_at, print_status)
           VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?)`,
        )
        .run(service.id, service.id, day, sequence, number, language, now, now, initialPrintStatus).lastInsertRowid,
    );
    emit({ type: 'ticket.issued', ticket: toTicketView(ticketRow(ctx.db, ticketId)!) });
    return ticketId;
  });

  const row = ticketRow(ctx.db, id)!;
  const wait = waitInfo(ctx.db, row);
  const document = ticketDocument({
    centreName: settings.centreName,
    serviceName: service.name,
    number: row.number,
    ...wait,
    issuedAtMs: row.issued_at,
    language,
    timeZone: settings.timeZone,
  });
  const print = ctx.printer.print(id, document, new Date(row.issued_at));
  if (print.status !== initialPrintStatus || print.reason) {
    ctx.db.prepare('UPDATE tickets SET print_status = ?, print_reason = ? WHERE id = ?').run(print.status, print.reason ?? null, id);
  }
  return { ...toTicketView(row), ...wait, print };
}

export function getTicket(ctx: HubContext, id: number): Ticket | undefined {
  const row = ticketRow(ctx.db, id);
  if (!row) return undefined;
  return { ...toTicketView(row), ...waitInfo(ctx.db, row), print: printInfo(row) };
}
