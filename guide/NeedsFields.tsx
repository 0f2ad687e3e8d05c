// The needs and note a guide records, for a new ticket and for one already waiting: an interpreter for any language
// Lotsa knows (named in the staff language, offered at the kiosk or not), a private room, urgency, and a short note
// with a live count, as the hub refuses a longer one.
import { NOTE_MAX, type Needs } from '../common/schemas/needs.ts';
import type { LanguageEntry } from '../common/schemas/languages.ts';
import { languageInfo, type LanguageCode } from '../common/i18n/languages.ts';
import { useI18n } from '../ui/i18n.tsx';

export interface NeedsDraft {
  needs: Needs;
  note: string;
}

export const NO_NEEDS: NeedsDraft = { needs: {}, note: '' };

/** Only what was chosen: the hub stores a flag that is absent as not needed. */
export function needsBody({ needs, note }: NeedsDraft): { needs: Needs; note?: string } {
  const chosen: Needs = {
    ...(needs.interpreter ? { interpreter: needs.interpreter } : {}),
    ...(needs.privateRoom ? { privateRoom: true } : {}),
    ...(needs.urgent ? { urgent: true } : {}),
  };
  return note.trim() ? { needs: chosen, note: note.trim() } : { needs: chosen };
}

interface Props {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  languages: readonly LanguageEntry[];
  value: NeedsDraft;
  onChange: (value: NeedsDraft) => void;
}

export function NeedsFields({ id, languages, value, onChange }: Props) {
  const { t, lang } = useI18n();
  const names = new Intl.DisplayNames([languageInfo(lang).locale], { type: 'language' });
  const named = languages.map((l) => ({ code: l.code, name: names.of(l.code) ?? l.name })).sort((a, b) => a.name.localeCompare(b.name, lang));
  const set = (needs: Partial<Needs>) => onChange({ ...value, needs: { ...value.needs, ...needs } });
  return (
    <fieldset class="guide-needs">
      <legend>{t('guide.needs')}</legend>
      <div class="guide-needs__field">
        <label for={`${id}-interpreter`}>{t('guide.interpreter')}</label>
        <select
          id={`${id}-interpreter`}
          value={value.needs.interpreter ?? ''}
          onChange={(e) => set({ interpreter: (e.currentTarget.value || undefined) as LanguageCode | undefined })}
        >
          <option value="">{t('guide.noInterpreter')}</option>
          {named.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <label class="guide-needs__check">
        <input type="checkbox" checked={Boolean(value.needs.privateRoom)} onChange={(e) => set({ privateRoom: e.currentTarget.checked })} />
        {t('guide.privateRoom')}
      </label>
      <label class="guide-needs__check">
        <input type="checkbox" checked={Boolean(value.needs.urgent)} onChange={(e) => set({ urgent: e.currentTarget.checked })} />
        {t('guide.urgent')}
      </label>
      <div class="guide-needs__field guide-needs__note">
        <label for={`${id}-note`}>{t('guide.note')}</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={NOTE_MAX}
          value={value.note}
          aria-describedby={`${id}-note-count`}
          onInput={(e) => onChange({ ...value, note: e.currentTarget.value })}
        />
        <p id={`${id}-note-count`} class="field-hint">
          {t('guide.noteCount', { count: value.note.length, max: NOTE_MAX })} {t('guide.noteHint')}
        </p>
      </div>
    </fieldset>
  );
}
