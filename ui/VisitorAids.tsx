// "Larger text" and "High contrast" on the first screen of a visitor terminal (kiosk, survey). They are classes on
// <html>, so they hold on every later screen of this visit, and the screen's restart clears them for the next visitor.
// A terminal whose system asks for more contrast (prefers-contrast: more) starts every visit in high contrast.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n.tsx';
import './visitorAids.css';

type Aid = 'larger' | 'contrast';

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

function AidButton({ aid, label }: { aid: Aid; label: string }) {
  const [on, setOn] = useState(() => isOn(aid));
  const toggle = () => {
    setAid(aid, !on);
    setOn(!on);
  };
  return (
    <button type="button" class={`visitor-aids__${aid}`} aria-pressed={on} onClick={toggle}>
      {label}
    </button>
  );
}

export function VisitorAids() {
  const { t } = useI18n();
  return (
    <div role="group" class="visitor-aids" aria-label={t('common.aids')}>
      <AidButton aid="larger" label={t('common.largerText')} />
      <AidButton aid="contrast" label={t('common.highContrast')} />
    </div>
  );
}
