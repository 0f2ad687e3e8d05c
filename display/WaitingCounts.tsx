import { waitingPerService, type LiveQueue } from '../ui/liveQueue.ts';
import { useI18n } from '../ui/i18n.tsx';
import { PageMark } from './PageMark.tsx';
import { usePages } from './usePages.ts';
import { LocalName } from '../ui/LocalName.tsx';

/** serviceIds: the services this display is configured for, or null for all. More than fit are paged. */
export function WaitingCounts({ queue, serviceIds }: { queue: LiveQueue; serviceIds: number[] | null }) {
  const { t, fmt } = useI18n();
  const rows = waitingPerService(queue, serviceIds ?? undefined);
  const { boxRef, shown, page, pages } = usePages(rows, rows.map(({ service }) => service.name).join('\n'));
  return (
    <section class="waiting" aria-labelledby="waiting-heading" ref={boxRef}>
      <div class="board-heading">
        <h2 id="waiting-heading">{t('display.waiting')}</h2>
        <PageMark page={page} pages={pages} />
      </div>
      <dl class="waiting__list">
        {shown.map(({ service, count }) => (
          <div key={service.id} class="waiting__row" data-row>
            <dt>
              <LocalName of={service} />
            </dt>
            <dd>{fmt.count(count)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
