// Today, live: how many wait now, the longest wait, and both per service, from the queue snapshot kept current by the
// event stream (ui/useLiveQueue.ts), so it moves the moment a ticket is taken or called.
import { useI18n } from '../../ui/i18n.tsx';
import { useLiveQueue } from '../../ui/useLiveQueue.ts';
import { waitingPerService } from '../../ui/liveQueue.ts';
import { useNow } from '../../ui/timers.ts';
import { Figure } from './Figure.tsx';

const waitedMinutes = (issuedAt: string | null, now: number) => (issuedAt === null ? null : Math.max(0, Math.floor((now - Date.parse(issuedAt)) / 60_000)));

export function LiveToday() {
  const { t, fmt } = useI18n();
  const { queue } = useLiveQueue();
  const now = useNow(15_000);
  if (!queue) return <p>{t('common.loading')}</p>;
  const perService = waitingPerService(queue);
  const oldest = perService.reduce<string | null>((min, s) => (s.oldestIssuedAt !== null && (min === null || s.oldestIssuedAt < min) ? s.oldestIssuedAt : min), null);
  const longest = waitedMinutes(oldest, now);
  return (
    <section class="admin__section" aria-labelledby="live-heading">
      <h2 id="live-heading">{t('dashboard.today')}</h2>
      <dl class="figures">
        <Figure label={t('dashboard.waitingNow')} value={fmt.count(queue.waiting.length)} name="waiting-now" />
        <Figure label={t('dashboard.longestWait')} value={longest === null ? '–' : t('desk.minutes', { minutes: longest })} name="longest-wait" />
      </dl>
      <table>
        <caption class="visually-hidden">{t('dashboard.perService')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('desk.service')}</th>
            <th scope="col" class="number">{t('desk.waitingCount')}</th>
            <th scope="col" class="number">{t('desk.longestWait')}</th>
          </tr>
        </thead>
        <tbody>
          {perService.map(({ service, count, oldestIssuedAt }) => {
            const waited = waitedMinutes(oldestIssuedAt, now);
            return (
              <tr key={service.id}>
                <th scope="row">{service.name}</th>
                <td class="number">{fmt.count(count)}</td>
                <td class="number">{waited === null ? '–' : t('desk.minutes', { minutes: waited })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
