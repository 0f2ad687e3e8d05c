// What the printer does becomes part of the event log like every other change: its state (printer.status, for the
// banners on kiosk, desk and admin) and each ticket's print outcome (ticket.print-status, stored with the ticket).
import type { HubContext } from '../context.ts';
import type { PrinterState } from '../../common/schemas/health.ts';
import type { PrintInfo } from '../../common/schemas/tickets.ts';

export function recordPrinterState(ctx: HubContext, state: PrinterState): void {
  whileOpen(() => ctx.writer.write((emit) => emit({ type: 'printer.status', state })));
}

export function recordPrint(ctx: HubContext, ticketId: number, number: string, print: PrintInfo): void {
  whileOpen(() =>
    ctx.writer.write((emit) => {
      ctx.db.prepare('UPDATE tickets SET print_status = ?, print_reason = ? WHERE id = ?').run(print.status, print.reason ?? null, ticketId);
      emit({ type: 'ticket.print-status', ticketId, number, print });
    }),
  );
}

/** The printer reports from its own timers and the serial line; one that speaks while the hub is closing its
 *  database must not take the process down. */
function whileOpen(write: () => void): void {
  try {
    write();
  } catch (error) {
    if (!/database connection is not open/i.test((error as Error).message)) console.error(`printer event not recorded: ${(error as Error).message}`);
  }
}
