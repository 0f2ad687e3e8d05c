// The hub's view of "the printer": whatever is attached answers with a state for /api/health and a print status per
// ticket. Only the virtual printer exists yet; the serial ESC/POS printer plugs in behind the same interface.
import type { PrinterState } from '../../common/schemas/health.ts';
import type { PrintInfo } from '../../common/schemas/tickets.ts';
import type { PrintDocument } from '../../hardware/printer/printDocument.ts';
import { VirtualPrinter, type VirtualPrintout } from '../../hardware/printer/virtualPrinter.ts';

export interface TicketPrinter {
  state(): PrinterState;
  /** Hands the ticket to the printer; the answer is the ticket's print status at this moment. */
  print(ticketId: number, document: PrintDocument, at: Date): PrintInfo;
  /** What the printer printed lately, for the admin's preview (the virtual printer's whole output). */
  recent(): readonly VirtualPrintout[];
}

export function virtualTicketPrinter(): TicketPrinter {
  const printer = new VirtualPrinter();
  return {
    state: () => 'virtual',
    print: (ticketId, document, at) => {
      printer.print(ticketId, document, at);
      return { status: 'virtual' };
    },
    recent: () => printer.recent(),
  };
}
