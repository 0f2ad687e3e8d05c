// Everyone this desk may call (its services' queues, and visitors sent to this desk in particular), in the order they
// joined their queues, each with a button to call that visitor out of turn (a booked visitor at the counter, someone
// who needs the desk with the hearing loop). A booked visitor shows their time and a visitor sent here says so:
// that is why "call next" takes them first.
import type { TicketView } from '../common/schemas/tickets.ts';
import type { LiveQueue } from '../ui/liveQueue.ts';
import type { Formats } from '../common/i18n/format.ts';
import { useI18n, type Translate } from '../ui/i18n.tsx';
import { WaitingTable } from '../ui/WaitingTable.tsx';
import type { TicketNeeds } from '../common/schemas/needs.ts';
import { TicketNeedsText } from '../ui/TicketNeedsText.tsx';

interface Props {
  deskId: number;
  queue: LiveQueue;
  serviceIds: readonly number[];
  disabled: boolean;
  onCall: (ticketId: number) => void;
  needs: ReadonlyMap<number, TicketNeeds>;
}

function notes(ticket: TicketView, deskId: number, t: Translate, fmt: Formats): string[] {
  return [
    ...(ticket.bookedAt ? [t('appointment.bookedAt', { time: fmt.time(ticket.bookedAt) })] : []),
    ...(ticket.forDeskId === deskId ? [t('appointment.sentHere')] : []),
  ];
}

export function WaitingList({ deskId, queue, serviceIds, disabled, onCall, needs }: Props) {
  const { t, fmt } = useI18n();
  const waiting = queue.waiting.filter((ticket) => (ticket.forDeskId === null ? serviceIds.includes(ticket.serviceId) : ticket.forDeskId === deskId));
  return (
    <section class="waiting-list" aria-labelledby="waiting-list-heading">
      <h2 id="waiting-list-heading">{t('desk.waitingList')}</h2>
      {waiting.length === 0 ? (
        <p>{t('desk.noneWaiting')}</p>
      ) : (
        <WaitingTable
          tickets={waiting}
          queue={queue}
          aboutHeading={t('appointment.note')}
          about={(ticket) => (
            <>
              {notes(ticket, deskId, t, fmt).join(' · ')} <TicketNeedsText needs={needs.get(ticket.id)} />
            </>
          )}
          action={(ticket) => (
            <button type="button" class="secondary" disabled={disabled} onClick={() => onCall(ticket.id)}>
              {t('desk.callTicket', { number: ticket.number })}
            </button>
          )}
        />
      )}
    </section>
  );
}
