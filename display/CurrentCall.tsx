import type { Desk } from '../common/schemas/desks.ts';
import type { TicketView } from '../common/schemas/tickets.ts';
import { useOneLine } from './useOneLine.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LocalName } from '../ui/LocalName.tsx';

interface Props {
  /** The latest call still at a desk, or null when nobody is called. */
  ticket: TicketView | null;
  desks: Desk[];
  /** The seq of the call or recall being highlighted now, or null: a new value restarts the animation. */
  freshSeq: number | null;
}

/** The latest call, as large as the wall allows and always on one line: number → desk. */
export function CurrentCall({ ticket, desks, freshSeq }: Props) {
  const { t } = useI18n();
  const desk = desks.find((d) => d.id === ticket?.deskId);
  const lineRef = useOneLine(`${freshSeq} ${ticket?.number ?? ''} ${desk?.name ?? ''} ${JSON.stringify(desk?.names ?? {})}`);
  if (ticket === null) return <p class="current current--empty">{t('display.noCalls')}</p>;
  return (
    // Polite, atomic: a visitor using a screen reader or a hearing loop hears the whole new call once.
    <p key={freshSeq ?? 'settled'} class={freshSeq === null ? 'current' : 'current current--fresh'} aria-live="polite" aria-atomic="true" ref={lineRef}>
      <span class="current__number">
        <span class="visually-hidden">{t('display.number')} </span>
        <bdi>{ticket.number}</bdi>
      </span>
      <span class="current__arrow directional" aria-hidden="true">
        →
      </span>
      <bdi class="current__desk">{desk && <LocalName of={desk} />}</bdi>
    </p>
  );
}
