// The waiting-room TV: who is called to which desk (newest first and largest) and how many wait per service.
import { useI18n } from '../ui/i18n.tsx';
import { useLiveQueue } from '../ui/useLiveQueue.ts';
import { useSustained } from '../ui/timers.ts';
import { CallList } from './CallList.tsx';
import { WaitingCounts } from './WaitingCounts.tsx';

/** Reconnects usually succeed within a second or two; only a longer outage is worth showing to the room. */
const OFFLINE_MARK_AFTER_MS = 3_000;
const SHOWN_CALLS = 7;

export function Display() {
  const { t } = useI18n();
  const { queue, online } = useLiveQueue();
  const offline = useSustained(!online, OFFLINE_MARK_AFTER_MS);

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
      {queue === null ? (
        <p class="display__empty">{t('common.loading')}</p>
      ) : (
        <div class="display__body">
          <CallList calls={queue.called.slice(0, SHOWN_CALLS)} desks={queue.desks} />
          <WaitingCounts queue={queue} />
        </div>
      )}
    </main>
  );
}
