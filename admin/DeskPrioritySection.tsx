// Per desk: for every service, not served, "first", or only when nobody waits for its other services; and whether the
// desk is a private room, the only kind that calls a visitor who needs one. The desk keeps
// its services in their order; a service newly taken on goes last. Saved per desk; the desk's own screen and its
// next call follow at once.
import { useEffect, useState } from 'preact/hooks';
import { DeskDetail, type Desk } from '../common/schemas/desks.ts';
import type { Service } from '../common/schemas/services.ts';
import { apiGet } from '../ui/apiClient.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useCreate } from './useCreate.ts';

const PRIORITIES = ['off', 'primary', 'secondary'] as const;
type Priority = (typeof PRIORITIES)[number];

const prioritiesOf = (detail: DeskDetail): Record<number, Priority> =>
  Object.fromEntries(detail.serviceIds.map((id) => [id, detail.secondaryServiceIds.includes(id) ? 'secondary' : 'primary']));

function DeskPriorityForm({ detail, services, onSaved }: { detail: DeskDetail; services: Service[]; onSaved: (desk: Desk) => void }) {
  const { t } = useI18n();
  const [priorities, setPriorities] = useState(() => prioritiesOf(detail));
  const [privateRoom, setPrivateRoom] = useState(detail.privateRoom);
  const [saved, setSaved] = useState(false);
  const { create: save, error, busy } = useCreate(`/api/desks/${detail.id}/services`, DeskDetail, (stored) => {
    setPriorities(prioritiesOf(stored));
    setPrivateRoom(stored.privateRoom);
    setSaved(true);
    onSaved({ id: stored.id, name: stored.name, names: stored.names, serviceIds: stored.serviceIds, privateRoom: stored.privateRoom });
  });
  const id = `desk-${detail.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    const served = (id: number) => (priorities[id] ?? 'off') !== 'off';
    const serviceIds = [...detail.serviceIds.filter(served), ...services.map((s) => s.id).filter((id) => served(id) && !detail.serviceIds.includes(id))];
    await save({ serviceIds, secondaryServiceIds: serviceIds.filter((id) => priorities[id] === 'secondary'), privateRoom });
  };

  return (
    <form class="admin__choices desk-priorities" onSubmit={submit} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{detail.name}</h3>
      {services.map((service) => (
        <div class="admin__field" key={service.id}>
          <label for={`${id}-service-${service.id}`}>{t('admin.priorityFor', { service: service.name, desk: detail.name })}</label>
          <select
            id={`${id}-service-${service.id}`}
            value={priorities[service.id] ?? 'off'}
            onChange={(e) => {
              setSaved(false);
              setPriorities({ ...priorities, [service.id]: e.currentTarget.value as Priority });
            }}
          >
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`admin.priority.${priority}`)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <label class="admin__choice">
        <input
          type="checkbox"
          checked={privateRoom}
          onChange={(e) => {
            setSaved(false);
            setPrivateRoom(e.currentTarget.checked);
          }}
        />
        {t('admin.privateRoomFor', { desk: detail.name })}
      </label>
      <button type="submit" disabled={busy}>
        {t('admin.save', { name: detail.name })}
      </button>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {saved && <Notice>{t('admin.saved', { name: detail.name })}</Notice>}
    </form>
  );
}

export function DeskPrioritySection({ desks, services, onSaved }: { desks: Desk[]; services: Service[]; onSaved: (desk: Desk) => void }) {
  const { t } = useI18n();
  const [details, setDetails] = useState<DeskDetail[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Reloaded when a desk or service is added, so every desk offers every service.
  useEffect(() => {
    Promise.all(desks.map((desk) => apiGet(`/api/desks/${desk.id}`, DeskDetail))).then(setDetails, (e: Error) => setError(e.message));
  }, [desks.length, services.length]);
  if (desks.length === 0) return null;
  return (
    <section class="admin__section" aria-labelledby="desk-priorities-heading">
      <h2 id="desk-priorities-heading">{t('admin.deskPriorities')}</h2>
      <p class="field-hint">{t('admin.deskPrioritiesHint')}</p>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {details === null
        ? error === null && <p>{t('common.loading')}</p>
        : details.map((detail) => <DeskPriorityForm key={`${detail.id}-${services.length}`} detail={detail} services={services} onSaved={onSaved} />)}
    </section>
  );
}
