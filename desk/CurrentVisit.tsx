import type { Service } from '../common/schemas/services.ts';
import type { TicketView } from '../common/schemas/tickets.ts';
import { useI18n } from '../ui/i18n.tsx';
import type { TicketNeeds } from '../common/schemas/needs.ts';
import { TicketNeedsText } from '../ui/TicketNeedsText.tsx';

export function CurrentVisit({ ticket, services, needs }: { ticket: TicketView | null; services: Service[]; needs: TicketNeeds | undefined }) {
  const { t } = useI18n();
  const service = ticket && services.find((s) => s.id === ticket.serviceId);
  return (
    <section class="current-visit" aria-labelledby="current-heading" aria-live="polite">
      <h2 id="current-heading">{t('desk.current')}</h2>
      {ticket === null ? (
        <p>{t('desk.none')}</p>
      ) : (
        <>
          <p class="current-visit__number">{ticket.number}</p>
          {service && <p>{service.name}</p>}
          <p class="current-visit__state">{t(ticket.state === 'serving' ? 'desk.state.serving' : 'desk.state.called')}</p>
          <p>
            <TicketNeedsText needs={needs} />
          </p>
        </>
      )}
    </section>
  );
}
