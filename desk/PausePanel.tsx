// Pausing the desk (lunch, a phone shift, a meeting): while paused it calls nobody, and the reason is on screen.
import { useState } from 'preact/hooks';
import type { DeskDetail } from '../common/schemas/desks.ts';
import { useI18n } from '../ui/i18n.tsx';

interface Props {
  paused: DeskDetail['paused'];
  busy: boolean;
  onPause: (reason: string) => void;
  onResume: () => void;
}

export function PausePanel({ paused, busy, onPause, onResume }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  if (paused) {
    return (
      <section class="pause-panel pause-panel--paused" aria-label={t('desk.pause')}>
        <p role="status">{t('desk.paused', { reason: paused.reason })}</p>
        <button type="button" disabled={busy} onClick={onResume}>
          {t('desk.resumeDesk')}
        </button>
      </section>
    );
  }
  return (
    <form
      class="pause-panel"
      aria-label={t('desk.pause')}
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onPause(reason.trim());
      }}
    >
      <label for="pause-reason">{t('desk.pauseReason')}</label>
      <input id="pause-reason" value={reason} maxLength={80} onInput={(event) => setReason(event.currentTarget.value)} />
      <button type="submit" class="secondary" disabled={busy || reason.trim() === ''}>
        {t('desk.pauseButton')}
      </button>
    </form>
  );
}
