// One desk's working screen: the visitor at the desk, the actions that fit the visit's state, the desk's pause, its
// parked visitors, the waiting list with "call this one", the queues it serves, and the silent alarm.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { DeskActionResult, DeskStateResult } from '../common/schemas/desks.ts';
import { ServiceSettings } from '../common/schemas/services.ts';
import type { MessageKey, MessageParams } from '../common/i18n/translate.ts';
import { apiAction, apiGet, apiPost } from '../ui/apiClient.ts';
import { errorCodeKey, errorText } from '../ui/errorText.ts';
import { AlarmBanner } from '../ui/AlarmBanner.tsx';
import { PrinterBanner } from '../ui/PrinterBanner.tsx';
import { useI18n } from '../ui/i18n.tsx';
import { LanguageSwitcher } from '../ui/LanguageSwitcher.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useLiveQueue } from '../ui/useLiveQueue.ts';
import { useStaffEvents } from '../ui/useStaffEvents.ts';
import { useTicketNeeds } from '../ui/useTicketNeeds.ts';
import { adminLink } from '../ui/screenLinks.ts';
import { SignedInAs } from '../ui/auth/SignedInAs.tsx';
import { AlarmButton } from './AlarmButton.tsx';
import { CurrentVisit } from './CurrentVisit.tsx';
import { DeskPicker } from './DeskPicker.tsx';
import { ParkedList } from './ParkedList.tsx';
import { PausePanel } from './PausePanel.tsx';
import { ServiceQueues } from './ServiceQueues.tsx';
import { concernsDesk, useDeskDetail } from './useDeskDetail.ts';
import { VisitActions, type DeskAction } from './VisitActions.tsx';
import { WaitingList } from './WaitingList.tsx';

/** Kept as a key, not a string, so that switching language also translates the last message. */
interface Message {
  kind: 'info' | 'error';
  key: MessageKey;
  params?: MessageParams;
}

/** The desk's own words for the hub's error code, else the hub's sentence. */
const errorMessage = (error: unknown): Message => {
  const key = errorCodeKey(error);
  return key ? { kind: 'error', key } : { kind: 'error', key: 'common.error', params: { message: error instanceof Error ? error.message : String(error) } };
};

export function DeskConsole({ deskId, token }: { deskId: number; token: string | null }) {
  const { t } = useI18n();
  const { queue, loadError, applyTicket } = useLiveQueue();
  const { detail, reload, setDetail } = useDeskDetail(deskId);
  const needs = useTicketNeeds();
  const [settings, setSettings] = useState<ServiceSettings[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  const loadSettings = () => apiGet('/api/service-settings', z.array(ServiceSettings)).then(setSettings, () => setSettings([]));
  useEffect(() => void loadSettings(), []);
  useStaffEvents((event) => {
    if (concernsDesk(event, deskId)) reload();
    if (event.type === 'service.settings-updated') void loadSettings();
  }, () => {
    reload();
    void loadSettings();
  });

  const desk = queue?.desks.find((d) => d.id === deskId);
  const current = queue?.called.find((ticket) => ticket.deskId === deskId) ?? null;
  const serviceSettings = current ? settings.find((s) => s.serviceId === current.serviceId) : undefined;

  /** Runs one request with the buttons disabled, showing the hub's reason if it refuses. */
  const run = async (request: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await request();
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const act = (action: DeskAction | 'call' | 'resume-ticket', body: object = {}) =>
    run(async () => {
      const { data } = await apiAction(`/api/desks/${deskId}/${action}`, body, DeskActionResult);
      if (data === null) {
        setMessage({ kind: 'info', key: 'desk.nobodyWaiting' });
        return;
      }
      applyTicket(data.ticket);
      if (action === 'park' || action === 'resume-ticket') reload();
      if (data.ticket.deskId !== deskId || (data.ticket.state !== 'called' && data.ticket.state !== 'serving')) {
        setMessage({ kind: 'info', key: 'desk.done', params: { number: data.ticket.number } });
      }
    });

  const changeDesk = (action: 'pause' | 'resume', body: object = {}) =>
    run(async () => {
      const { data } = await apiPost(`/api/desks/${deskId}/${action}`, body, DeskStateResult);
      if (data) setDetail(data.desk);
    });

  const raiseAlarm = async () => {
    try {
      await apiPost(`/api/desks/${deskId}/alarm`, {}, DeskStateResult);
      return true;
    } catch (error) {
      setMessage(errorMessage(error));
      return false;
    }
  };

  return (
    <main class="desk">
      <header class="screen-header desk__header">
        <h1>{desk ? desk.name : t('desk.title')}</h1>
        <a class="desk__link" href={adminLink('appointments', token)}>
          {t('appointment.deskLink')}
        </a>
        <SignedInAs />
        <LanguageSwitcher />
      </header>
      <AlarmBanner ownDeskId={deskId} />
      <PrinterBanner audience="staff" />
      {queue === null ? (
        loadError ? <Notice kind="error">{errorText(loadError, t)}</Notice> : <p>{t('common.loading')}</p>
      ) : !desk ? (
        <>
          <Notice kind="error">{t('desk.unknownDesk')}</Notice>
          <DeskPicker token={token} />
        </>
      ) : (
        // What a staff member acts on (the visit, its buttons, the alarm) in one column; the queue beside it.
        <div class="desk__body">
          <div class="desk__main">
            <CurrentVisit ticket={current} services={queue.services} needs={current ? needs.get(current.id) : undefined} />
            <VisitActions
              current={current}
              services={queue.services}
              desks={queue.desks.filter((d) => d.id !== deskId)}
              outcomes={serviceSettings?.outcomes ?? []}
              outcomeNames={serviceSettings?.outcomeNames ?? {}}
              busy={busy}
              paused={Boolean(detail?.paused)}
              onAction={act}
            />
            <div class="desk__messages" aria-live="polite">
              {message && <Notice kind={message.kind}>{t(message.key, message.params)}</Notice>}
            </div>
            <AlarmButton onRaise={raiseAlarm} />
          </div>
          <div class="desk__side">
            {detail && (
              <>
                <PausePanel paused={detail.paused} busy={busy} onPause={(reason) => changeDesk('pause', { reason })} onResume={() => changeDesk('resume')} />
                <ParkedList parked={detail.parked} disabled={busy || detail.paused !== null} onResume={(ticketId) => act('resume-ticket', { ticketId })} />
              </>
            )}
            <WaitingList deskId={deskId} queue={queue} serviceIds={desk.serviceIds} disabled={busy || Boolean(detail?.paused)} onCall={(ticketId) => act('call', { ticketId })} needs={needs} />
            <ServiceQueues queue={queue} serviceIds={desk.serviceIds} />
          </div>
        </div>
      )}
    </main>
  );
}
