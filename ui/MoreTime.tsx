// A visitor screen never starts over on anyone without warning (EN 301 549 5.1.3 / WCAG 2.2.1): after its quiet time
// it shows and says "Do you need more time?", and only if nobody touches it or presses a key for the warning's
// length does it start over. The figures are common/accessibility/timeLimits.ts; speech mode triples them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { idleLimit } from '../common/accessibility/timeLimits.ts';
import { useI18n } from './i18n.tsx';
import { useSpeech } from './speech/SpeechMode.tsx';
import './moreTime.css';

export interface TimeLimitOptions {
  /** Counting only while true (the first screen of a screen without speech never starts over). */
  active: boolean;
  /** The screen's quiet time, before the warning. */
  quietMs: number;
  /** The least quiet time, whatever the screen was given (the survey's idle setting). */
  floorMs?: number;
  onReset: () => void;
}

/** True while the warning stands. Any touch, click or key press starts the quiet time again. */
export function useTimeLimit({ active, quietMs, floorMs, onReset }: TimeLimitOptions): boolean {
  const { on } = useSpeech();
  const [warning, setWarning] = useState(false);
  const reset = useRef(onReset);
  reset.current = onReset;
  const limit = idleLimit(quietMs, on, floorMs);

  useEffect(() => {
    setWarning(false);
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    const quiet = () => {
      clearTimeout(timer);
      setWarning(false);
      timer = setTimeout(() => {
        setWarning(true);
        timer = setTimeout(() => {
          setWarning(false);
          reset.current();
        }, limit.warningMs);
      }, limit.quietMs);
    };
    quiet();
    const events = ['pointerdown', 'keydown', 'input'] as const;
    for (const type of events) window.addEventListener(type, quiet, { capture: true });
    return () => {
      clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, quiet, { capture: true });
    };
  }, [active, limit.quietMs, limit.warningMs]);
  return active && warning;
}

/** The warning itself: large, at the top of the screen's choices, and said aloud to everyone. */
export function MoreTimeWarning() {
  const { t } = useI18n();
  const { say } = useSpeech();
  useEffect(() => say([t('common.moreTime.question'), t('common.moreTime.explain')], { always: true }), []);
  return (
    <section class="more-time" role="alertdialog" aria-labelledby="more-time-question" aria-describedby="more-time-explain">
      <h2 id="more-time-question">{t('common.moreTime.question')}</h2>
      <p id="more-time-explain">{t('common.moreTime.explain')}</p>
      <button type="button" class="more-time__continue">
        {t('common.moreTime.continue')}
      </button>
    </section>
  );
}
