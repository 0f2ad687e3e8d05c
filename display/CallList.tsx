import type { Desk } from '../common/schemas/desks.ts';
import type { TicketView } from '../common/schemas/tickets.ts';
import { useI18n } from '../ui/i18n.tsx';

interface Props {
  /** Most recent call first. */
  calls: TicketView[];
  desks: Desk[];
}

export function CallList({ calls, desks }: Props) {
  const { t } = useI18n();
  if (calls.length === 0) return <p class="display__empty">{t('display.noCalls')}</p>;
  const deskName = (id: number | null) => desks.find((d) => d.id === id)?.name ?? String(id ?? '');
  return (
    // Polite announcements let a visitor with a screen reader or hearing aid loop hear new calls.
    <table class="calls" aria-live="polite">
      <thead>
        <tr>
          <th scope="col">{t('display.number')}</th>
          <th scope="col">{t('display.desk')}</th>
        </tr>
      </thead>
      <tbody>
        {calls.map((ticket, index) => (
          <tr key={ticket.id} class={index === 0 ? 'call call--newest' : 'call'}>
            <td class="call__number">{ticket.number}</td>
            <td class="call__desk">{deskName(ticket.deskId)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
