import { waitingPerService, type LiveQueue } from '../ui/liveQueue.ts';
import { useI18n } from '../ui/i18n.tsx';
import { LocalName } from '../ui/LocalName.tsx';

/** serviceIds: the services this display is configured for, or null for all. */
export function WaitingCounts({ queue, serviceIds }: { queue: LiveQueue; serviceIds: number[] | null }) {
  const { t, fmt } = useI18n();
  return (
    <section class="waiting" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading">{t('display.waiting')}</h2>
      <dl class="waiting__list">
        {waitingPerService(queue, serviceIds ?? undefined).map(({ service, count }) => (
          <div key={service.id} class="waiting__row">
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
