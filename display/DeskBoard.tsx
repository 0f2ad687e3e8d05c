import { useI18n } from '../ui/i18n.tsx';
import { LocalName } from '../ui/LocalName.tsx';
import type { DeskRow } from './callHistory.ts';

interface Props {
  rows: DeskRow[];
  /** The ticket whose call is being highlighted, if any. */
  freshTicketId: number | null;
}

/** Each desk that has called someone: whom it calls now and whom it called before. */
export function DeskBoard({ rows, freshTicketId }: Props) {
  const { t } = useI18n();
  if (rows.length === 0) return null;
  return (
    <section class="desks" aria-labelledby="desks-heading">
      <h2 id="desks-heading">{t('display.desks')}</h2>
      <table class="desk-board">
        <thead>
          <tr>
            <th scope="col">{t('display.desk')}</th>
            <th scope="col">{t('display.number')}</th>
            <th scope="col">{t('display.previous')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ desk, current, previous }) => (
            <tr key={desk.id} class={current !== null && current.id === freshTicketId ? 'desk-row desk-row--fresh' : 'desk-row'}>
              <th scope="row" class="desk-row__desk">
                <LocalName of={desk} />
              </th>
              <td class="desk-row__current">{current?.number ?? '–'}</td>
              <td class="desk-row__previous">{previous.join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
