import { Fragment } from 'preact';
import { useI18n } from '../ui/i18n.tsx';
import { LocalName } from '../ui/LocalName.tsx';
import type { DeskRow } from './callHistory.ts';
import { PageMark } from './PageMark.tsx';
import { usePages } from './usePages.ts';

interface Props {
  rows: DeskRow[];
  /** The ticket whose call is being highlighted, if any. */
  freshTicketId: number | null;
}

/** Each desk that has called someone: whom it calls now and whom it called before; more desks than fit are paged. */
export function DeskBoard({ rows, freshTicketId }: Props) {
  const { t } = useI18n();
  const { boxRef, shown, page, pages } = usePages(rows, rows.map(({ desk, previous }) => `${desk.name} ${previous.join(' ')}`).join('\n'));
  if (rows.length === 0) return null;
  return (
    <section class="desks" aria-labelledby="desks-heading" ref={boxRef}>
      <div class="board-heading">
        <h2 id="desks-heading">{t('display.desks')}</h2>
        <PageMark page={page} pages={pages} />
      </div>
      <table class="desk-board">
        <thead>
          <tr>
            <th scope="col">{t('display.desk')}</th>
            <th scope="col">{t('display.number')}</th>
            <th scope="col">{t('display.previous')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ desk, current, previous }) => (
            <tr key={desk.id} data-row class={current !== null && current.id === freshTicketId ? 'desk-row desk-row--fresh' : 'desk-row'}>
              <th scope="row" class="desk-row__desk">
                <bdi>
                  <LocalName of={desk} />
                </bdi>
              </th>
              <td class="desk-row__current">
                <bdi>{current?.number ?? '–'}</bdi>
              </td>
              <td class="desk-row__previous">
                {previous.map((number, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' '}
                    <bdi>{number}</bdi>
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
