// Signed webhooks: register a receiver (its secret is shown once, here), see which are sending, disable one, and
// read what was delivered to it. The list follows the staff event stream, so another administrator's change shows.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Webhook, type WebhookCreated } from '../../common/schemas/webhooks.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useStaffEvents } from '../../ui/useStaffEvents.ts';
import { upsertById } from '../upsertById.ts';
import { RegisterWebhookForm } from './RegisterWebhookForm.tsx';
import { WebhookTable } from './WebhookTable.tsx';
import { WebhookDeliveries } from './WebhookDeliveries.tsx';

export function WebhooksAdmin() {
  const { t } = useI18n();
  const [webhooks, setWebhooks] = useState<Webhook[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [registered, setRegistered] = useState<WebhookCreated | null>(null);
  const [shown, setShown] = useState<Webhook | null>(null);
  const load = () => void apiGet('/api/webhooks', z.array(Webhook)).then(setWebhooks, setLoadError);
  useEffect(load, []);
  const put = (webhook: Webhook) => setWebhooks((current) => current && upsertById(current, webhook));
  useStaffEvents((event) => {
    if (event.type === 'webhook.created' || event.type === 'webhook.disabled') put(event.webhook);
  }, load);

  if (loadError !== null) return <Notice kind="error">{errorText(loadError, t)}</Notice>;
  return (
    <>
      <RegisterWebhookForm
        onRegistered={(created) => {
          put(created);
          setRegistered(created);
        }}
      />
      {registered && (
        <section class="admin__section webhook-secret" aria-labelledby="webhook-secret-heading">
          <h2 id="webhook-secret-heading">{t('webhooks.secretFor', { url: registered.url })}</h2>
          <p class="webhook-secret__value" dir="ltr">
            <code>{registered.secret}</code>
          </p>
          <p>{t('webhooks.secretOnce')}</p>
        </section>
      )}
      {webhooks === null ? <p>{t('common.loading')}</p> : <WebhookTable webhooks={webhooks} onChanged={put} onShowDeliveries={setShown} />}
      {shown && <WebhookDeliveries key={shown.id} webhook={shown} />}
    </>
  );
}
