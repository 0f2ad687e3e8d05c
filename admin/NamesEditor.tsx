// An existing service's or desk's translations, opened from its row and saved on their own
// (POST /api/services/:id/names, /api/desks/:id/names): the visitor screens show them at once.
import { useState } from 'preact/hooks';
import type { z } from 'zod';
import type { Names } from '../common/i18n/localName.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { NameTranslations } from './NameTranslations.tsx';
import { useCreate } from './useCreate.ts';

interface Props<T> {
  id: string;
  path: string;
  schema: z.ZodType<T>;
  name: string;
  names: Names;
  maxLength: number;
  onSaved: (saved: T) => void;
}

export function NamesEditor<T extends { names: Names }>({ id, path, schema, name, names, maxLength, onSaved }: Props<T>) {
  const { t } = useI18n();
  const [value, setValue] = useState<Names>(names);
  const [saved, setSaved] = useState(false);
  const { create: save, error, busy } = useCreate(path, schema, (stored) => {
    setValue(stored.names);
    setSaved(true);
    onSaved(stored);
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    await save({ names: value });
  };
  return (
    <details class="names-editor">
      <summary>{t('admin.names.edit', { name })}</summary>
      <form onSubmit={submit}>
        <NameTranslations id={id} value={value} onChange={setValue} maxLength={maxLength} />
        <button type="submit" class="secondary" disabled={busy}>
          {t('admin.names.save')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {saved && <Notice>{t('admin.names.saved')}</Notice>}
    </details>
  );
}
