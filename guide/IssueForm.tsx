// Issuing a ticket on a visitor's behalf: the service as big buttons, the visitor's language (the ticket is printed
// and followed in it), then the needs and note, and one button that prints. Sent with an Idempotency-Key, so a tap
// whose answer was lost is not a second ticket.
import { useState } from 'preact/hooks';
import type { Service } from '../common/schemas/services.ts';
import type { LanguageEntry } from '../common/schemas/languages.ts';
import { Ticket } from '../common/schemas/tickets.ts';
import type { LanguageCode } from '../common/i18n/languages.ts';
import { apiAction } from '../ui/apiClient.ts';
import { errorText } from '../ui/errorText.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { NeedsFields, needsBody, NO_NEEDS, type NeedsDraft } from './NeedsFields.tsx';

interface Props {
  services: Service[];
  languages: readonly LanguageEntry[];
  onIssued: (ticket: Ticket) => void;
}

export function IssueForm({ services, languages, onIssued }: Props) {
  const { t } = useI18n();
  const offered = languages.filter((l) => l.enabled);
  const [serviceId, setServiceId] = useState<number | null>(null);
  const [language, setLanguage] = useState<LanguageCode | null>(null);
  const [draft, setDraft] = useState<NeedsDraft>(NO_NEEDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [noService, setNoService] = useState(false);
  const chosenLanguage = language ?? offered[0]?.code ?? null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setNoService(serviceId === null);
    if (serviceId === null) return;
    setBusy(true);
    setError(null);
    try {
      const { data } = await apiAction('/api/tickets', { serviceId, ...(chosenLanguage ? { language: chosenLanguage } : {}), ...needsBody(draft) }, Ticket);
      if (data) {
        onIssued(data);
        setServiceId(null);
        setLanguage(null);
        setDraft(NO_NEEDS);
      }
    } catch (cause) {
      setError(cause);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="guide-issue" aria-labelledby="issue-heading" onSubmit={submit}>
      <h2 id="issue-heading">{t('guide.issue')}</h2>
      <fieldset class="guide-services">
        <legend>{t('guide.service')}</legend>
        {services.map((service) => (
          <button key={service.id} type="button" class="guide-services__button" aria-pressed={serviceId === service.id} onClick={() => {
              setServiceId(service.id);
              setNoService(false);
            }}>
            {service.name}
          </button>
        ))}
      </fieldset>
      {offered.length > 1 && (
        <fieldset class="guide-languages">
          <legend>{t('guide.visitorLanguage')}</legend>
          {offered.map((l) => (
            <button key={l.code} type="button" lang={l.code} dir={l.dir} aria-pressed={chosenLanguage === l.code} onClick={() => setLanguage(l.code)}>
              {l.name}
            </button>
          ))}
        </fieldset>
      )}
      <NeedsFields id="issue" languages={languages} value={draft} onChange={setDraft} />
      <button type="submit" class="guide-issue__submit" disabled={busy}>
        {t('guide.issueButton')}
      </button>
      {noService && <Notice kind="error">{t('guide.chooseService')}</Notice>}
      {error !== null && <Notice kind="error">{errorText(error, t)}</Notice>}
    </form>
  );
}
