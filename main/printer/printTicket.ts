// A ticket's print, from the hub's side: the print starts right after the ticket is stored, every later outcome is
// stored with the ticket and told to the screens (ticket.print-status), and the kiosk's answer waits for the outcome
// only briefly.
import type { HubContext } from '../context.ts';
import type { PrintInfo } from '../../common/schemas/tickets.ts';
import type { PrintDocument } from '../../hardware/printer/printDocument.ts';
import { recordPrint } from './printerEvents.ts';

/** The kiosk's answer waits this long for the printer: a ticket prints in about a second, and a visitor who is told
 *  "please take your ticket" or "remember your number" straight away knows what to do. Longer, it says "queued" and
 *  the print status follows. */
export const PRINT_ANSWER_WAIT_MS = 3000;

export function printTicket(ctx: HubContext, ticketId: number, number: string, document: PrintDocument): Promise<PrintInfo> {
  return ctx.printer.print(number, document).then((print) => {
    if (print.status !== 'virtual') recordPrint(ctx, ticketId, number, print);
    return print;
  });
}

/** The outcome if it comes within the answer wait, else "queued". */
export async function printAnswer(printing: Promise<PrintInfo>): Promise<PrintInfo> {
  let timer: NodeJS.Timeout | undefined;
  const later = new Promise<PrintInfo>((resolve) => (timer = setTimeout(() => resolve({ status: 'queued' }), PRINT_ANSWER_WAIT_MS)));
  try {
    return await Promise.race([printing, later]);
  } finally {
    clearTimeout(timer);
  }
}
