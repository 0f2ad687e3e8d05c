// "Larger text" and "High contrast" on the first screen of a visitor terminal (kiosk, survey). They are classes on
// <html>, so they hold on every later screen of this visit, and the screen's restart clears them for the next visitor.
// A terminal whose system asks for more contrast (prefers-contrast: more) starts every visit in high contrast.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n.tsx';
import { useIdle } from './timers.ts';
import './visitorAids.css';

type Aid = 'larger' | 'contrast';

/**
 * A visitor who turns an aid on and walks away from the first screen without taking a ticket leaves no restart
 * behind: after this long untouched the screen looks as it does for everyone again.
 */
const UNUSED_AIDS_MS = 120_000;

const root = () => document.documentElement;
const systemWantsContrast = () => window.matchMedia('(prefers-contrast: more)').matches;
const isOn = (aid: Aid) => root().classList.contains(`aid-${aid}`);
const setAid = (aid: Aid, on: boolean) => root().classList.toggle(`aid-${aid}`, on);

/** Back to the terminal's defaults: called when the screen returns to its start for the next visitor. */
export function resetVisitorAids(): void {
  setAid('larger', false);
  setAid('contrast', systemWantsContrast());
}
resetVisitorAids();

export function VisitorAids() {
  const { t } = useI18n();
  const [on, setOn] = useState(() => ({ larger: isOn('larger'), contrast: isOn('contrast') }));
  const toggle = (aid: Aid) => {
    setAid(aid, !on[aid]);
    setOn({ ...on, [aid]: !on[aid] });
  };
  useIdle(on.larger || on.contrast !== systemWantsContrast(), UNUSED_AIDS_MS, () => {
    resetVisitorAids();
    setOn({ larger: isOn('larger'), contrast: isOn('contrast') });
  });
  const button = (aid: Aid, label: string) => (
    <button type="button" class={`visitor-aids__${aid}`} aria-pressed={on[aid]} onClick={() => toggle(aid)}>
      {label}
    </button>
  );
  return (
    <div role="group" class="visitor-aids" aria-label={t('common.aids')}>
      {button('larger', t('common.largerText'))}
      {button('contrast', t('common.highContrast'))}
    </div>
  );
}
