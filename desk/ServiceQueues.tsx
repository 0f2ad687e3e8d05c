import { useI18n } from '../ui/i18n.tsx';
import { waitingPerService, type LiveQueue } from '../ui/liveQueue.ts';
import { useNow } from '../ui/timers.ts';

const MINUTE_MS = 60_000;

/** How many wait for each of the desk's services and how long the longest has waited: the basis for "call next". */
export function ServiceQueues({ queue, serviceIds }: { queue: LiveQueue; serviceIds: readonly number[] }) {
  const { t } = useI18n();
  const now = useNow(15_000);
  return (
    <section class="service-queues" aria-labelledby="queues-heading">
      <h2 id="queues-heading">{t('desk.waitingPerService')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('desk.service')}</th>
            <th scope="col">{t('desk.waitingCount')}</th>
            <th scope="col">{t('desk.longestWait')}</th>
          </tr>
        </thead>
        <tbody>
          {waitingPerService(queue, serviceIds).map(({ service, count, oldestIssuedAt }) => (
            <tr key={service.id}>
              <th scope="row">{service.name}</th>
              <td>{count}</td>
              <td>
                {oldestIssuedAt !== null &&
                  t('desk.minutes', { minutes: Math.max(0, Math.floor((now - Date.parse(oldestIssuedAt)) / MINUTE_MS)) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
