// A ticket whose print was still under way when the hub answered ("queued"): the receipt asks again until the
// printer has said printed or failed, so a visitor whose ticket did not come out is told to remember the number.
import { useEffect, useState } from 'preact/hooks';
import { Ticket, type PrintInfo } from '../common/schemas/tickets.ts';
import { apiGet } from './apiClient.ts';

const ASK_EVERY_MS = 1000;
/** The hub gives up on a job after 15 s (main/printer/ticketPrinter.ts); a little longer than that is enough. */
const GIVE_UP_AFTER_MS = 20_000;

export function usePrintOutcome(ticket: Ticket): PrintInfo {
  const [print, setPrint] = useState(ticket.print);
  useEffect(() => {
    if (print.status !== 'queued') return;
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > GIVE_UP_AFTER_MS) return clearInterval(timer);
      apiGet(`/api/tickets/${ticket.id}`, Ticket).then(
        (latest) => setPrint(latest.print),
        () => {},
      );
    }, ASK_EVERY_MS);
    return () => clearInterval(timer);
  }, [ticket.id, print.status]);
  return print;
}
