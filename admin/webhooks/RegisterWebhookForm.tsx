// A new receiver: the other system's address and the event types it wants (calls and finished visits to start with,
// which is what a case system follows).
import { useState } from 'preact/hooks';
import { WEBHOOK_EVENT_TYPES, WebhookCreated, type WebhookEventType } from '../../common/schemas/webhooks.ts';
import { apiPost } from '../../ui/apiClient.ts';
import { errorText } from '../../ui/errorText.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useAttempt } from '../../ui/useAttempt.ts';

export function RegisterWebhookForm({ onRegistered }: { onRegistered: (created: WebhookCreated) => void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['ticket.called', 'ticket.finished']);
  const { busy, error, attempt } = useAttempt();
  const toggle = (type: WebhookEventType, on: boolean) => setEvents((current) => (on ? [...current, type] : current.filter((e) => e !== type)));

  const submit = async (event: Event) => {
    event.preventDefault();
    const done = await attempt(async () => {
      const { data } = await apiPost('/api/webhooks', { url, events }, WebhookCreated);
      if (data) onRegistered(data);
    });
    if (done) setUrl('');
  };

  return (
    <section class="admin__section" aria-labelledby="register-webhook-heading">
      <h2 id="register-webhook-heading">{t('webhooks.register')}</h2>
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="webhook-url">{t('webhooks.url')}</label>
          <input id="webhook-url" type="url" dir="ltr" required maxLength={500} aria-describedby="webhook-url-hint" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          <span id="webhook-url-hint" class="field-hint">
            {t('webhooks.urlHint')}
          </span>
        </div>
        <fieldset class="admin__choices">
          <legend>{t('webhooks.events')}</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} class="admin__choice" dir="ltr">
              <input type="checkbox" checked={events.includes(type)} onChange={(e) => toggle(type, e.currentTarget.checked)} />
              <code>{type}</code>
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          {t('webhooks.registerSubmit')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
    </section>
  );
}
