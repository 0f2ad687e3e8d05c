import type { TicketView } from '../common/schemas/tickets.ts';
import { useI18n } from '../ui/i18n.tsx';

/** The visitors this desk parked; each comes back to the desk with one button. */
export function ParkedList({ parked, disabled, onResume }: { parked: TicketView[]; disabled: boolean; onResume: (ticketId: number) => void }) {
  const { t } = useI18n();
  if (parked.length === 0) return null;
  return (
    <section class="parked-list" aria-labelledby="parked-heading">
      <h2 id="parked-heading">{t('desk.parked')}</h2>
      <ul>
        {parked.map((ticket) => (
          <li key={ticket.id}>
            <button type="button" class="secondary" disabled={disabled} onClick={() => onResume(ticket.id)}>
              {t('desk.resumeTicket', { number: ticket.number })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
