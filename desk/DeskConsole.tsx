// One desk's working screen: the visitor at the desk, the actions that fit the visit's state, and the queues it serves.
import { useState } from 'preact/hooks';
import { DeskActionResult } from '../common/schemas/desks.ts';
import type { MessageKey, MessageParams } from '../common/i18n/translate.ts';
import { apiPost } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useLiveQueue } from '../ui/useLiveQueue.ts';
import { CurrentVisit } from './CurrentVisit.tsx';
import { DeskPicker } from './DeskPicker.tsx';
import { ServiceQueues } from './ServiceQueues.tsx';
import { VisitActions, type DeskAction } from './VisitActions.tsx';

/** Kept as a key, not a string, so that switching language also translates the last message. */
interface Message {
  kind: 'info' | 'error';
  key: MessageKey;
  params?: MessageParams;
}

export function DeskConsole({ deskId, token }: { deskId: number; token: string }) {
  const { t } = useI18n();
  const { queue, loadError, applyTicket } = useLiveQueue();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const desk = queue?.desks.find((d) => d.id === deskId);
  const current = queue?.called.find((ticket) => ticket.deskId === deskId) ?? null;

  const act = async (action: DeskAction, body: object = {}) => {
    setBusy(true);
    setMessage(null);
    try {
      const { data } = await apiPost(`/api/desks/${deskId}/${action}`, body, DeskActionResult);
      if (data === null) {
        setMessage({ kind: 'info', key: 'desk.nobodyWaiting' });
        return;
      }
      applyTicket(data.ticket);
      if (data.ticket.deskId !== deskId || (data.ticket.state !== 'called' && data.ticket.state !== 'serving')) {
        setMessage({ kind: 'info', key: 'desk.done', params: { number: data.ticket.number } });
      }
    } catch (error) {
      setMessage({ kind: 'error', key: 'common.error', params: { message: error instanceof Error ? error.message : String(error) } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="desk">
      <header class="desk__header">
        <h1>{desk ? desk.name : t('desk.title')}</h1>
        <LanguageSwitcher />
      </header>
      {queue === null ? (
        loadError ? <Notice kind="error">{t('common.error', { message: loadError.message })}</Notice> : <p>{t('common.loading')}</p>
      ) : !desk ? (
        <>
          <Notice kind="error">{t('desk.unknownDesk')}</Notice>
          <DeskPicker token={token} />
        </>
      ) : (
        <div class="desk__body">
          <CurrentVisit ticket={current} services={queue.services} />
          <VisitActions current={current} services={queue.services} busy={busy} onAction={act} />
          <div class="desk__messages" aria-live="polite">
            {message && <Notice kind={message.kind}>{t(message.key, message.params)}</Notice>}
          </div>
          <ServiceQueues queue={queue} serviceIds={desk.serviceIds} />
        </div>
      )}
    </main>
  );
}
