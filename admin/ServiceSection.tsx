import { useState } from 'preact/hooks';
import { Service } from '../common/schemas/services.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useCreate } from './useCreate.ts';

export function ServiceSection({ services, onCreated }: { services: Service[]; onCreated: (service: Service) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [prefix, setPrefix] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const { create, error, busy } = useCreate('/api/services', Service, (service) => {
    onCreated(service);
    setAdded(service.name);
  });

  const submit = async (event: Event) => {
    event.preventDefault();
    setAdded(null);
    if (await create({ name, prefix })) {
      setName('');
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
                <td>{service.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="service-name">{t('admin.name')}</label>
          <input id="service-name" value={name} required maxLength={80} onInput={(e) => setName(e.currentTarget.value)} />
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
