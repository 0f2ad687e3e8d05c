// The waiting-room TV, 1280×720 to 3840×2160, read from the back of the room: the latest call huge (number → desk), each
// desk's current and previous numbers, and how many wait per service; every call chimes and is read out in the
// visitor's language. What it shows and whether it speaks come from its link (displayConfig.ts).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { HubEvent } from '../common/schemas/events.ts';
import { planAnnouncement } from '../common/announcement/plan.ts';
import { useI18n } from '../ui/i18n.tsx';
import { useLiveQueue } from '../ui/useLiveQueue.ts';
import { useNow, useSustained } from '../ui/timers.ts';
import { useImprovements } from '../ui/useImprovements.ts';
import { ImprovementCard } from '../ui/ImprovementCard.tsx';
import { panelIndex } from './quietPanel.ts';
import { isRecent } from './announcementQueue.ts';
import { deskRows, recordCall, type CallRecord } from './callHistory.ts';
import { CurrentCall } from './CurrentCall.tsx';
import { DeskBoard } from './DeskBoard.tsx';
import { displayConfig, showsCall } from './displayConfig.ts';
import { createEventClock } from './eventClock.ts';
import { SoundPrompt } from './SoundPrompt.tsx';
import { useSound } from './useSound.ts';
import { useVoicedLanguages } from './voicedLanguages.ts';
import { WaitingCounts } from './WaitingCounts.tsx';

/** Reconnects usually succeed within a second or two; only a longer outage is worth showing to the room. */
const OFFLINE_MARK_AFTER_MS = 3_000;
/** How long a new call blinks (or, with reduced motion, stays outlined). */
const HIGHLIGHT_MS = 6_000;

export function Display() {
  const { t } = useI18n();
  const config = useMemo(() => displayConfig(window.location.search), []);
  const clock = useMemo(createEventClock, []);
  const sound = useSound(config.sound);
  const voiced = useVoicedLanguages();
  const [history, setHistory] = useState<CallRecord[]>([]);
  const [fresh, setFresh] = useState<{ ticketId: number; seq: number } | null>(null);
  // On this display's clock: a call heard (live or replayed) restarts the quiet minute before "you said, we did".
  const [lastCallAt, setLastCallAt] = useState(() => Date.now());
  const [improvementsChanged, setImprovementsChanged] = useState(0);

  const onEvent = (event: HubEvent) => {
    const calledAt = clock.localTime(event.at, Date.now());
    if (event.type === 'improvement.created' || event.type === 'improvement.retired') setImprovementsChanged((n) => n + 1);
    if (event.type !== 'ticket.called' && event.type !== 'ticket.recalled') return;
    const { ticket, desk } = event;
    if (!showsCall(config, ticket)) return;
    setLastCallAt(Date.now());
    setHistory((calls) => recordCall(calls, { ticketId: ticket.id, number: ticket.number, deskId: desk.id, seq: event.seq }));
    // Missed calls replayed after a reconnect are shown but not said: the room would hear a backlog.
    if (!isRecent(calledAt, Date.now())) return;
    setFresh({ ticketId: ticket.id, seq: event.seq });
    sound.announcer?.announce({ ticketId: ticket.id, calledAt, clips: planAnnouncement({ ticketNumber: ticket.number, deskName: desk.name, language: ticket.language }, voiced) });
  };
  const { queue, online } = useLiveQueue(onEvent);
  const offline = useSustained(!online, OFFLINE_MARK_AFTER_MS);
  // Read again after a reconnect too: an improvement event missed while offline is not replayed into this list.
  const improvements = useImprovements(`${improvementsChanged}-${online}`);
  const now = useNow(1_000);
  const shownIndex = panelIndex(improvements.length, lastCallAt, Math.max(now, lastCallAt));
  const shown = shownIndex === null ? null : improvements[shownIndex];

  useEffect(() => {
    if (fresh === null) return;
    const timer = setTimeout(() => setFresh(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [fresh]);

  const called = queue?.called.filter((ticket) => showsCall(config, ticket)) ?? [];
  const current = called[0] ?? null;
  return (
    <main class="display">
      <header class="display__header">
        <h1>{t('display.title')}</h1>
        {offline && (
          <p class="display__offline" role="status">
            {t('display.offline')}
          </p>
        )}
      </header>
      {sound.state === 'needs-enable' && <SoundPrompt onEnable={sound.enable} />}
      {queue === null ? (
        <p class="display__empty">{t('common.loading')}</p>
      ) : (
        <>
          <CurrentCall ticket={current} desks={queue.desks} freshSeq={fresh !== null && fresh.ticketId === current?.id ? fresh.seq : null} />
          <div class="display__body">
            <DeskBoard rows={deskRows(queue.desks, called, history)} freshTicketId={fresh?.ticketId ?? null} />
            <WaitingCounts queue={queue} serviceIds={config.services} />
          </div>
          {shown && (
            <section class="display__improvements" aria-labelledby="improvements-title">
              <h2 id="improvements-title">{t('common.youSaidWeDid')}</h2>
              <ImprovementCard key={shown.id} improvement={shown} />
            </section>
          )}
        </>
      )}
    </main>
  );
}
