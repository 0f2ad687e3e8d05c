// What the visitor must take away: the number, very large, how many are ahead, and whether to rely on the paper.
import { useEffect, useRef } from 'preact/hooks';
import type { Service } from '../common/schemas/services.ts';
import type { Ticket } from '../common/schemas/tickets.ts';
import type { MessageKey } from '../common/i18n/translate.ts';
import { useI18n } from '../ui/i18n.tsx';
import { usePrintOutcome } from '../ui/usePrintOutcome.ts';
import { LocalName } from '../ui/LocalName.tsx';

interface Props {
  ticket: Ticket;
  service: Service;
  /** A booked visitor's check-in: called at the booked time, so the queue ahead does not apply. */
  checkedIn?: boolean;
  onDone: () => void;
}

/** The printer's word, as speech mode says it: where the paper comes out, or to remember the number. */
const spokenPrint: Record<Ticket['print']['status'], MessageKey> = {
  queued: 'kiosk.speech.takeTicket',
  printed: 'kiosk.speech.takeTicket',
  failed: 'kiosk.rememberNumber',
  virtual: 'kiosk.remember',
};

/** "S001" is said "S 0 0 1": a number heard as "one" would not match the display's letters and digits. */
export const spelt = (number: string) => [...number].join(' ');

const sentence = (part: string) => (/[.!?؟።]$/.test(part) ? part : `${part}.`);

const printMessage: Record<Ticket['print']['status'], MessageKey> = {
  queued: 'kiosk.printing',
  printed: 'kiosk.printed',
  failed: 'kiosk.rememberNumber',
  virtual: 'kiosk.remember',
};

export function TicketReceipt({ ticket, service, checkedIn = false, onDone }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the new content so a screen reader reads the number at once.
  useEffect(() => heading.current?.focus(), []);
  const print = usePrintOutcome(ticket);
  const paperFailed = print.status === 'failed';
  // Everything the printed ticket tells, in one utterance, said when the heading takes the focus (speech mode).
  const spoken = [
    t('kiosk.speech.yourNumber', { number: spelt(ticket.number) }),
    service.name,
    ...(checkedIn ? [t('kiosk.checkedIn')] : ticket.ahead === 0 ? [t('kiosk.aheadNone')] : [`${t('kiosk.ahead', { count: ticket.ahead })}, ${t('kiosk.speech.minutes', { minutes: ticket.estimatedWaitMinutes })}`]),
    t(spokenPrint[ticket.print.status]),
  ]
    .map(sentence)
    .join(' ');

  return (
    <section class="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" ref={heading} tabIndex={-1} data-speak={spoken}>
        {t('kiosk.yourNumber')}
      </h2>
      <p class="receipt__number">
        <bdi>{ticket.number}</bdi>
      </p>
      <p class="receipt__service">
        <LocalName of={service} />
      </p>
      {checkedIn ? (
        <p class="receipt__ahead">{t('kiosk.checkedIn')}</p>
      ) : (
        <>
          <p class="receipt__ahead">{ticket.ahead === 0 ? t('kiosk.aheadNone') : t('kiosk.ahead', { count: ticket.ahead })}</p>
          {ticket.ahead > 0 && <p class="receipt__estimate">{t('kiosk.estimate', { minutes: ticket.estimatedWaitMinutes })}</p>}
        </>
      )}
      <p class={paperFailed ? 'receipt__print receipt__print--failed' : 'receipt__print'} role={paperFailed ? 'alert' : undefined}>
        {t(printMessage[print.status])}
      </p>
      <button type="button" class="kiosk__done" onClick={onDone}>
        {t('kiosk.done')}
      </button>
    </section>
  );
}
