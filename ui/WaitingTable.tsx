// The waiting visitors as staff read them, one row each: number, service, minutes waited, a column of what to know
// about the visitor, and the row's action. The desk's waiting list and the guide's list at the door are this table.
import type { ComponentChildren } from 'preact';
import type { TicketView } from '../common/schemas/tickets.ts';
import type { LiveQueue } from './liveQueue.ts';
import { useI18n } from './i18n.tsx';
import { useNow } from './timers.ts';

const MINUTE_MS = 60_000;

interface Props {
  tickets: readonly TicketView[];
  queue: LiveQueue;
  /** The heading of the column about the visitor ("Notering", "Behov"). */
  aboutHeading: string;
  about: (ticket: TicketView) => ComponentChildren;
  action: (ticket: TicketView) => ComponentChildren;
}

export function WaitingTable({ tickets, queue, aboutHeading, about, action }: Props) {
  const { t } = useI18n();
  const now = useNow(15_000);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('desk.number')}</th>
          <th scope="col">{t('desk.service')}</th>
          <th scope="col">{t('desk.waited')}</th>
          <th scope="col">{aboutHeading}</th>
          <td />
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => (
          <tr key={ticket.id}>
            <th scope="row">{ticket.number}</th>
            <td>{queue.services.find((s) => s.id === ticket.serviceId)?.name}</td>
            <td>{t('desk.minutes', { minutes: Math.max(0, Math.floor((now - Date.parse(ticket.issuedAt)) / MINUTE_MS)) })}</td>
            <td>{about(ticket)}</td>
            <td>{action(ticket)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
