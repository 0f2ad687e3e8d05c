// The ticket just issued, large, and whether it came out of the printer: if it did not, the guide tells the visitor.
import { useEffect, useRef } from 'preact/hooks';
import type { Ticket } from '../common/schemas/tickets.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import { useI18n } from '../ui/i18n.tsx';
import { usePrintOutcome } from '../ui/usePrintOutcome.ts';

const printMessage: Record<Ticket['print']['status'], MessageKey> = {
  queued: 'guide.printing',
  printed: 'guide.printed',
  failed: 'guide.printFailed',
  virtual: 'guide.virtual',
};

export function GuideReceipt({ ticket, serviceName }: { ticket: Ticket; serviceName: string | undefined }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [ticket.id]);
  const print = usePrintOutcome(ticket);
  const failed = print.status === 'failed';
  return (
    <section class="guide-receipt" aria-labelledby="guide-receipt-heading">
      <h2 id="guide-receipt-heading" ref={heading} tabIndex={-1}>
        {t('guide.issued', { number: ticket.number })}
      </h2>
      <p class="guide-receipt__number" aria-hidden="true">
        {ticket.number}
      </p>
      {serviceName && <p>{serviceName}</p>}
      <p class={failed ? 'guide-receipt__print guide-receipt__print--failed' : 'guide-receipt__print'} role={failed ? 'alert' : 'status'}>
        {t(printMessage[print.status])}
      </p>
    </section>
  );
}
