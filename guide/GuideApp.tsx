// The guide's tablet at the entrance: issue a ticket on the visitor's behalf with what the desk should know, see the
// number and whether it printed, and below, who waits today with their needs, to add to or change.
import { useState } from 'preact/hooks';
import type { Ticket } from '../common/schemas/tickets.ts';
import { SignedInAs } from '../ui/auth/SignedInAs.tsx';
import { errorText } from '../ui/errorText.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { PrinterBanner } from '../ui/PrinterBanner.tsx';
import { useLiveQueue } from '../ui/useLiveQueue.ts';
import { useTicketNeeds } from '../ui/useTicketNeeds.ts';
import { GuideReceipt } from './GuideReceipt.tsx';
import { IssueForm } from './IssueForm.tsx';
import { useLanguages } from './useLanguages.ts';
import { WaitingTickets } from './WaitingTickets.tsx';

export function GuideApp() {
  const { t } = useI18n();
  const { queue, loadError, applyTicket } = useLiveQueue();
  const needs = useTicketNeeds();
  const languages = useLanguages();
  const [issued, setIssued] = useState<Ticket | null>(null);

  return (
    <main class="guide">
      <header class="screen-header guide__header">
        <h1>{t('guide.title')}</h1>
        <SignedInAs />
        <LanguageSwitcher />
      </header>
      <PrinterBanner audience="staff" />
      {queue === null ? (
        loadError ? <Notice kind="error">{errorText(loadError, t)}</Notice> : <p>{t('common.loading')}</p>
      ) : (
        <div class="guide__body">
          <IssueForm
            services={queue.services}
            languages={languages}
            onIssued={(ticket) => {
              applyTicket(ticket);
              setIssued(ticket);
            }}
          />
          {issued && <GuideReceipt key={issued.id} ticket={issued} serviceName={queue.services.find((s) => s.id === issued.serviceId)?.name} />}
          <WaitingTickets queue={queue} needs={needs} languages={languages} />
        </div>
      )}
    </main>
  );
}
