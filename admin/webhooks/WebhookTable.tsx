// Every receiver with what it gets and whether it is sending; disabling one asks first, as it cannot be undone.
import { useState } from 'preact/hooks';
import { Webhook } from '../../common/schemas/webhooks.ts';
import { apiPost } from '../../ui/apiClient.ts';
import { ConfirmQuestion } from '../../ui/ConfirmQuestion.tsx';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAttempt } from '../../ui/useAttempt.ts';

interface Props {
  webhooks: Webhook[];
  onChanged: (webhook: Webhook) => void;
  onShowDeliveries: (webhook: Webhook) => void;
}

export function WebhookTable({ webhooks, onChanged, onShowDeliveries }: Props) {
  const { t, fmt } = useI18n();
  const [confirming, setConfirming] = useState<number | null>(null);
  const { busy, error, attempt } = useAttempt();
  const disable = (webhook: Webhook) =>
    attempt(async () => {
      setConfirming(null);
      const { data } = await apiPost(`/api/webhooks/${webhook.id}/disable`, {}, Webhook);
      if (data) onChanged(data);
    });

  return (
    <section class="admin__section" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t('webhooks.title')}</h2>
      {webhooks.length === 0 ? (
        <p>{t('webhooks.none')}</p>
      ) : (
        <table class="webhooks">
          <thead>
            <tr>
              <th scope="col">{t('webhooks.address')}</th>
              <th scope="col">{t('webhooks.events')}</th>
              <th scope="col">{t('webhooks.state')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {webhooks.map((webhook) => (
              <tr key={webhook.id}>
                <th scope="row" dir="ltr" class="webhook__url">
                  {webhook.url}
                </th>
                <td dir="ltr">
                  {webhook.events.map((type) => (
                    <code key={type} class="webhook__event">
                      {type}
                    </code>
                  ))}
                </td>
                <td>{webhook.enabled ? t('webhooks.state.enabled') : t('webhooks.state.disabled', { when: fmt.dayAndTime(webhook.disabledAt!) })}</td>
                <td>
                  {confirming === webhook.id ? (
                    <ConfirmQuestion
                      id={`disable-webhook-${webhook.id}`}
                      question={t('webhooks.disableConfirm', { url: webhook.url })}
                      yes={t('webhooks.disableYes')}
                      no={t('webhooks.cancel')}
                      onYes={() => void disable(webhook)}
                      onNo={() => setConfirming(null)}
                    />
                  ) : (
                    <div class="admin__actions">
                      {/* The visible word, and the address for whoever hears the button without its row. */}
                      <button type="button" class="secondary" aria-label={t('webhooks.showDeliveries', { url: webhook.url })} onClick={() => onShowDeliveries(webhook)}>
                        {t('webhooks.deliveriesButton')}
                      </button>
                      {webhook.enabled && (
                        <button type="button" class="secondary" disabled={busy} aria-label={t('webhooks.disable', { url: webhook.url })} onClick={() => setConfirming(webhook.id)}>
                          {t('webhooks.disableButton')}
                        </button>
                      )}
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
    </section>
  );
}
