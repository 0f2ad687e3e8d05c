import { useState } from 'preact/hooks';
import { Desk, DeskDetail } from '../common/schemas/desks.ts';
import type { Service } from '../common/schemas/services.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useCreate } from './useCreate.ts';
import type { Names } from '../common/i18n/localName.ts';
import { NameTranslations } from './NameTranslations.tsx';
import { NamesEditor } from './NamesEditor.tsx';

interface Props {
  desks: Desk[];
  services: Service[];
  /** A new desk, or one whose translations changed. */
  onSaved: (desk: Desk) => void;
}

export function DeskSection({ desks, services, onSaved }: Props) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [names, setNames] = useState<Names>({});
  const [serviceIds, setServiceIds] = useState<number[]>([]);
  const [privateRoom, setPrivateRoom] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const { create, error, busy } = useCreate('/api/desks', Desk, (desk) => {
    onSaved(desk);
    setAdded(desk.name);
  });
  const serviceNames = (ids: number[]) => services.filter((s) => ids.includes(s.id)).map((s) => s.name).join(', ');
  const toggle = (id: number, on: boolean) => setServiceIds((current) => (on ? [...current, id] : current.filter((x) => x !== id)));

  const submit = async (event: Event) => {
    event.preventDefault();
    setAdded(null);
    if (await create({ name, names, serviceIds, privateRoom })) {
      setName('');
      setNames({});
      setServiceIds([]);
      setPrivateRoom(false);
    }
  };

  return (
    <section class="admin__section" aria-labelledby="desks-heading">
      <h2 id="desks-heading">{t('admin.desks')}</h2>
      {desks.length === 0 ? (
        <p>{t('admin.noDesks')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.servesServices')}</th>
              <th scope="col">{t('admin.privateRoom')}</th>
            </tr>
          </thead>
          <tbody>
            {desks.map((desk) => (
              <tr key={desk.id}>
                <td>
                  {desk.name}
                  <NamesEditor
                    id={`desk-${desk.id}-names`}
                    path={`/api/desks/${desk.id}/names`}
                    schema={DeskDetail}
                    name={desk.name}
                    names={desk.names}
                    maxLength={40}
                    onSaved={(saved) => onSaved({ id: saved.id, name: saved.name, names: saved.names, serviceIds: saved.serviceIds, privateRoom: saved.privateRoom })}
                  />
                </td>
                <td>{serviceNames(desk.serviceIds)}</td>
                <td>{desk.privateRoom ? t('admin.privateRoom') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="desk-name">{t('admin.name')}</label>
          <input id="desk-name" value={name} required maxLength={40} onInput={(e) => setName(e.currentTarget.value)} />
          <NameTranslations id="desk-names" value={names} onChange={setNames} maxLength={40} />
        </div>
        <fieldset class="admin__choices">
          <legend>{t('admin.servesServices')}</legend>
          {services.map((service) => (
            <label key={service.id} class="admin__choice">
              <input
                type="checkbox"
                checked={serviceIds.includes(service.id)}
                onChange={(e) => toggle(service.id, e.currentTarget.checked)}
              />
              {service.name}
            </label>
          ))}
        </fieldset>
        <div class="admin__field">
          <label class="admin__choice">
            <input type="checkbox" checked={privateRoom} aria-describedby="desk-private-room-hint" onChange={(e) => setPrivateRoom(e.currentTarget.checked)} />
            {t('admin.privateRoom')}
          </label>
          <p id="desk-private-room-hint" class="field-hint">
            {t('admin.privateRoomHint')}
          </p>
        </div>
        <button type="submit" disabled={busy}>
          {t('admin.add')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {added !== null && <Notice>{t('admin.deskAdded', { name: added })}</Notice>}
    </section>
  );
}
