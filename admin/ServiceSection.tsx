import { useState } from 'preact/hooks';
import { Service } from '../common/schemas/services.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useCreate } from './useCreate.ts';
import type { Names } from '../common/i18n/localName.ts';
import { NameTranslations } from './NameTranslations.tsx';
import { NamesEditor } from './NamesEditor.tsx';

/** The services, each with its translations, and the form that adds one; onSaved gets a new or changed service. */
export function ServiceSection({ services, onSaved }: { services: Service[]; onSaved: (service: Service) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [names, setNames] = useState<Names>({});
  const [prefix, setPrefix] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const { create, error, busy } = useCreate('/api/services', Service, (service) => {
    onSaved(service);
    setAdded(service.name);
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    setAdded(null);
    if (await create({ name, names, prefix })) {
      setName('');
      setNames({});
      setPrefix('');
    }
  };

  return (
    <section class="admin__section" aria-labelledby="services-heading">
      <h2 id="services-heading">{t('admin.services')}</h2>
      {services.length === 0 ? (
        <p>{t('admin.noServices')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.prefix')}</th>
              <th scope="col">{t('admin.name')}</th>
            </tr>
          </thead>
          <tbody>
            {services.map((service) => (
              <tr key={service.id}>
                <td>{service.prefix}</td>
                <td>
                  {service.name}
                  <NamesEditor id={`service-${service.id}-names`} path={`/api/services/${service.id}/names`} schema={Service} name={service.name} names={service.names} maxLength={80} onSaved={onSaved} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="service-name">{t('admin.name')}</label>
          <input id="service-name" value={name} required maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
          <NameTranslations id="service-names" value={names} onChange={setNames} maxLength={80} />
        </div>
        <div class="admin__field">
          <label for="service-prefix">{t('admin.prefix')}</label>
          <input
            id="service-prefix"
            value={prefix}
            required
            maxLength={3}
            autoCapitalize="characters"
            aria-describedby="service-prefix-hint"
            onInput={(e) => setPrefix(e.currentTarget.value)}
          />
          <span id="service-prefix-hint" class="field-hint">
            {t('admin.prefixHint')}
          </span>
        </div>
        <button type="submit" disabled={busy}>
          {t('admin.add')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {added !== null && <Notice>{t('admin.serviceAdded', { name: added })}</Notice>}
    </section>
  );
}
