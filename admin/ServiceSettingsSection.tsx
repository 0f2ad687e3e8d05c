// Per service: its own wait target (empty: the centre's) and the short list of outcomes a desk picks from when it
// finishes a visit. Each service is saved on its own, and desks pick the change up from its event.
import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { ServiceSettings, type Service } from '../common/schemas/services.ts';
import { apiGet } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useCreate } from './useCreate.ts';
import { NameTranslations } from './NameTranslations.tsx';
import { STAFF_LANGUAGES } from '../common/i18n/languages.ts';

function ServiceSettingsForm({ service, settings }: { service: Service; settings: ServiceSettings }) {
  const { t } = useI18n();
  const [target, setTarget] = useState(settings.waitTargetMinutes === null ? '' : String(settings.waitTargetMinutes));
  const [outcomes, setOutcomes] = useState(settings.outcomes);
  const [outcomeNames, setOutcomeNames] = useState(settings.outcomeNames);
  const [newOutcome, setNewOutcome] = useState('');
  const [saved, setSaved] = useState(false);
  const { create: save, error, busy } = useCreate(`/api/services/${service.id}/settings`, ServiceSettings, (stored) => {
    setOutcomes(stored.outcomes);
    setOutcomeNames(stored.outcomeNames);
    setSaved(true);
  });
  const id = `service-${service.id}`;

  const addOutcome = () => {
    const text = newOutcome.trim();
    if (text && !outcomes.includes(text)) setOutcomes([...outcomes, text]);
    setNewOutcome('');
    setSaved(false);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const names = Object.fromEntries(Object.entries(outcomeNames).filter(([outcome]) => outcomes.includes(outcome)));
    await save({ waitTargetMinutes: target.trim() === '' ? null : Number(target), outcomes, outcomeNames: names });
  };

  return (
    <form class="admin__choices service-settings" onSubmit={submit} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        {service.prefix} · {service.name}
      </h3>
      <div class="admin__field">
        <label for={`${id}-target`}>{t('admin.waitTarget', { name: service.name })}</label>
        <input id={`${id}-target`} type="number" min={1} max={480} value={target} aria-describedby={`${id}-target-hint`} onInput={(e) => setTarget(e.currentTarget.value)} />
        <span id={`${id}-target-hint`} class="field-hint">
          {t('admin.waitTargetHint')}
        </span>
      </div>
      <div class="service-settings__outcomes">
        <p id={`${id}-outcomes`} class="service-settings__label">
          {t('admin.outcomes', { name: service.name })}
        </p>
        {outcomes.length === 0 ? (
          <p>{t('admin.noOutcomes')}</p>
        ) : (
          <ul aria-labelledby={`${id}-outcomes`} class="service-settings__list">
            {outcomes.map((outcome, index) => (
              <li key={outcome}>
                {outcome}
                <button type="button" class="secondary" onClick={() => setOutcomes(outcomes.filter((o) => o !== outcome))}>
                  {t('admin.removeOutcome', { outcome })}
                </button>
                {/* Outcomes are read at the desk only: their translations are in the staff languages. */}
                <NameTranslations
                  id={`${id}-outcome-${index}`}
                  value={outcomeNames[outcome] ?? {}}
                  onChange={(names) => setOutcomeNames({ ...outcomeNames, [outcome]: names })}
                  maxLength={60}
                  languages={STAFF_LANGUAGES}
                />
              </li>
            ))}
          </ul>
        )}
        <div class="admin__form">
          <div class="admin__field">
            <label for={`${id}-new-outcome`}>{t('admin.newOutcome', { name: service.name })}</label>
            <input
              id={`${id}-new-outcome`}
              maxLength={60}
              value={newOutcome}
              onInput={(e) => setNewOutcome(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addOutcome();
                }
              }}
            />
          </div>
          <button type="button" class="secondary" disabled={newOutcome.trim() === ''} onClick={addOutcome}>
            {t('admin.addOutcome')}
          </button>
        </div>
      </div>
      <button type="submit" disabled={busy}>
        {t('admin.save', { name: service.name })}
      </button>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {saved && <Notice>{t('admin.saved', { name: service.name })}</Notice>}
    </form>
  );
}

export function ServiceSettingsSection({ services }: { services: Service[] }) {
  const { t } = useI18n();
  const [settings, setSettings] = useState<ServiceSettings[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Reloaded when a service is added, so the new one gets its form.
  useEffect(() => {
    apiGet('/api/service-settings', z.array(ServiceSettings)).then(setSettings, (e: Error) => setError(e.message));
  }, [services.length]);
  if (services.length === 0) return null;
  return (
    <section class="admin__section" aria-labelledby="service-settings-heading">
      <h2 id="service-settings-heading">{t('admin.serviceSettings')}</h2>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {settings === null
        ? error === null && <p>{t('common.loading')}</p>
        : services.map((service) => {
            const own = settings.find((s) => s.serviceId === service.id);
            return own && <ServiceSettingsForm key={service.id} service={service} settings={own} />;
          })}
    </section>
  );
}
