// What was sent to one receiver, newest first: delivered, still being retried (with the last error and the next
// try) or given up. Read on demand and refreshed by hand: deliveries are not events of the stream.
import { useEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import { WebhookDelivery, type Webhook } from '../../common/schemas/webhooks.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { errorText } from '../../ui/errorText.ts';
import { useI18n, type I18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';

function statusText(delivery: WebhookDelivery, { t, fmt }: Pick<I18n, 't' | 'fmt'>): string {
  if (delivery.status === 'delivered') return t('webhooks.status.delivered', { time: fmt.dayAndTime(delivery.deliveredAt!) });
  if (delivery.status === 'failed') return t('webhooks.status.failed');
  if (delivery.attempts === 0 || delivery.nextAttemptAt === null) return t('webhooks.status.waiting');
  return t('webhooks.status.pending', { time: fmt.dayAndTime(delivery.nextAttemptAt) });
}

export function WebhookDeliveries({ webhook }: { webhook: Webhook }) {
  const i18n = useI18n();
  const { t, fmt } = i18n;
  const [deliveries, setDeliveries] = useState<WebhookDelivery[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const load = () => void apiGet(`/api/webhooks/${webhook.id}/deliveries`, z.array(WebhookDelivery)).then(setDeliveries, setError);
  useEffect(() => {
    load();
    heading.current?.focus();
  }, []);

  return (
    <section class="admin__section" aria-labelledby="webhook-deliveries-heading">
      <h2 id="webhook-deliveries-heading" ref={heading} tabIndex={-1}>
        {t('webhooks.showDeliveries', { url: webhook.url })}
      </h2>
      <button type="button" class="secondary" onClick={load}>
        {t('webhooks.refresh')}
      </button>
      {error !== null ? (
        <Notice kind="error">{errorText(error, t)}</Notice>
      ) : deliveries === null ? (
        <p>{t('common.loading')}</p>
      ) : deliveries.length === 0 ? (
        <p>{t('webhooks.deliveriesNone')}</p>
      ) : (
        <table class="webhooks">
          <thead>
            <tr>
              <th scope="col">{t('webhooks.event')}</th>
              <th scope="col">{t('webhooks.occurredAt')}</th>
              <th scope="col">{t('webhooks.status')}</th>
              <th scope="col">{t('webhooks.attempts')}</th>
              <th scope="col">{t('webhooks.lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} class={`webhook-delivery--${delivery.status}`}>
                <th scope="row" dir="ltr">
                  <code>{delivery.type}</code>
                </th>
                <td>{fmt.dayAndTime(delivery.occurredAt)}</td>
                <td>{statusText(delivery, i18n)}</td>
                <td>{fmt.count(delivery.attempts)}</td>
                <td dir="ltr">{delivery.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
