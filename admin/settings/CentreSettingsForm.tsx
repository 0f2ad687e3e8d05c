// The centre-wide settings on one labelled form. It sends every field; the hub checks them all and stores all or
// none, so a refused value leaves the saved settings as they were and its reason is shown. A new time zone waits
// for the next business day: the field shows the zone asked for and a note says when it takes effect.
import { useEffect, useState } from 'preact/hooks';
import { CentreSettings, TRANSFER_PLACEMENTS } from '../../common/schemas/settings.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useCreate } from '../useCreate.ts';
import { VisitorLanguagesField } from './VisitorLanguagesField.tsx';
import { NameTranslations } from '../NameTranslations.tsx';
import { isLanguageCode, LANGUAGES } from '../../common/i18n/languages.ts';

type Typed = 'transferPlacement' | 'visitorLanguages' | 'centreNames' | 'nameLanguage';
/** The central service's settings have their own section (CentralSyncSection.tsx). */
type CentralKey = 'centralUrl' | 'centralSiteTokenSet' | 'centralShareComments' | 'centralSurveyQuestions';
type Fields = Record<Exclude<keyof CentreSettings, Typed | 'timeZoneChange' | CentralKey>, string> & Pick<CentreSettings, Typed>;

const toFields = ({ timeZoneChange, centralUrl: _url, centralSiteTokenSet: _token, centralShareComments: _comments, centralSurveyQuestions: _questions, ...s }: CentreSettings): Fields => ({
  ...s,
  timeZone: timeZoneChange?.timeZone ?? s.timeZone,
  waitTargetMinutes: String(s.waitTargetMinutes),
  // Shown as a percentage, the way managers say it; stored as a share.
  targetShare: String(Math.round(s.targetShare * 10_000) / 100),
  noShowAfterRecalls: String(s.noShowAfterRecalls),
  checkInEarlyMinutes: String(s.checkInEarlyMinutes),
  checkInLateMinutes: String(s.checkInLateMinutes),
  publicBaseUrl: s.publicBaseUrl ?? '',
  backupFolder: s.backupFolder ?? '',
  backupKeep: String(s.backupKeep),
  nameRetentionDays: String(s.nameRetentionDays),
  eventRetentionDays: String(s.eventRetentionDays),
});

const toBody = (f: Fields) => ({
  ...f,
  waitTargetMinutes: Number(f.waitTargetMinutes),
  targetShare: Number(f.targetShare) / 100,
  noShowAfterRecalls: Number(f.noShowAfterRecalls),
  checkInEarlyMinutes: Number(f.checkInEarlyMinutes),
  checkInLateMinutes: Number(f.checkInLateMinutes),
  publicBaseUrl: f.publicBaseUrl.trim() === '' ? null : f.publicBaseUrl.trim(),
  backupFolder: f.backupFolder.trim() === '' ? null : f.backupFolder.trim(),
  backupKeep: Number(f.backupKeep),
  nameRetentionDays: Number(f.nameRetentionDays),
  eventRetentionDays: Number(f.eventRetentionDays),
});

const numberFields = [
  ['waitTargetMinutes', 'settings.waitTarget', 1, 480, 1],
  ['targetShare', 'settings.targetShare', 1, 100, 'any'],
  ['noShowAfterRecalls', 'settings.noShowAfterRecalls', 0, 5, 1],
  ['checkInEarlyMinutes', 'settings.checkInEarly', 0, 240, 1],
  ['checkInLateMinutes', 'settings.checkInLate', 0, 240, 1],
  ['nameRetentionDays', 'settings.nameRetentionDays', 1, 3650, 1],
  ['eventRetentionDays', 'settings.eventRetentionDays', 1, 365, 1],
  ['backupKeep', 'settings.backupKeep', 1, 365, 1],
] as const;

export function CentreSettingsForm() {
  const { t } = useI18n();
  const [fields, setFields] = useState<Fields | null>(null);
  const [stored, setStored] = useState<CentreSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const show = (settings: CentreSettings) => {
    setStored(settings);
    setFields(toFields(settings));
  };
  const { create: save, error, busy } = useCreate('/api/settings', CentreSettings, (settings) => {
    show(settings);
    setSaved(true);
  });
  useEffect(() => {
    apiGet('/api/settings', CentreSettings).then(show, (e: Error) => setLoadError(e.message));
  }, []);
  const pending = stored?.timeZoneChange ?? null;
  if (loadError !== null) return <Notice kind="error">{t('common.error', { message: loadError })}</Notice>;
  if (fields === null) return <p>{t('common.loading')}</p>;

  const set = (patch: Partial<Fields>) => {
    setSaved(false);
    setFields({ ...fields, ...patch });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    await save(toBody(fields));
  };

  return (
    <section class="admin__section" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.title')}</h2>
      <form class="admin__form settings-form" onSubmit={submit}>
        <div class="admin__field">
          <label for="settings-centreName">{t('settings.centreName')}</label>
          <input id="settings-centreName" required maxLength={60} value={fields.centreName} onInput={(e) => set({ centreName: e.currentTarget.value })} />
          <NameTranslations
            id="settings-centreNames"
            value={fields.centreNames}
            onChange={(centreNames) => set({ centreNames })}
            maxLength={60}
            languages={fields.visitorLanguages}
            nameLanguage={fields.nameLanguage}
          />
        </div>
        <div class="admin__field">
          <label for="settings-nameLanguage">{t('settings.nameLanguage')}</label>
          <select
            id="settings-nameLanguage"
            aria-describedby="settings-nameLanguage-hint"
            value={fields.nameLanguage}
            onChange={(e) => isLanguageCode(e.currentTarget.value) && set({ nameLanguage: e.currentTarget.value })}
          >
            {LANGUAGES.map((language) => (
              <option key={language.code} value={language.code} lang={language.code}>
                {language.name}
              </option>
            ))}
          </select>
          <span id="settings-nameLanguage-hint" class="field-hint">
            {t('settings.nameLanguageHint')}
          </span>
        </div>
        {numberFields.map(([key, label, min, max, step]) => (
          <div class="admin__field" key={key}>
            <label for={`settings-${key}`}>{t(label)}</label>
            <input id={`settings-${key}`} type="number" required min={min} max={max} step={step} value={fields[key]} onInput={(e) => set({ [key]: e.currentTarget.value })} />
          </div>
        ))}
        <div class="admin__field">
          <label for="settings-timeZone">{t('settings.timeZone')}</label>
          <input
            id="settings-timeZone"
            required
            aria-describedby={pending ? 'settings-timeZone-hint settings-timeZone-pending' : 'settings-timeZone-hint'}
            value={fields.timeZone}
            onInput={(e) => set({ timeZone: e.currentTarget.value })}
          />
          <span id="settings-timeZone-hint" class="field-hint">
            {t('settings.timeZoneHint')}
          </span>
          {pending && (
            <span id="settings-timeZone-pending" class="field-hint">
              {t('settings.timeZonePending', { zone: pending.timeZone, day: pending.day, current: stored!.timeZone })}
            </span>
          )}
        </div>
        <fieldset class="admin__choices">
          <legend>{t('settings.transferPlacement')}</legend>
          {TRANSFER_PLACEMENTS.map((placement) => (
            <label key={placement} class="admin__choice">
              <input type="radio" name="transferPlacement" checked={fields.transferPlacement === placement} onChange={() => set({ transferPlacement: placement })} />
              {t(`settings.transfer.${placement}`)}
            </label>
          ))}
        </fieldset>
        <VisitorLanguagesField value={fields.visitorLanguages} onChange={(visitorLanguages) => set({ visitorLanguages })} />
        <div class="admin__field settings-form__wide">
          <label for="settings-publicBaseUrl">{t('settings.publicBaseUrl')}</label>
          <input
            id="settings-publicBaseUrl"
            type="url"
            inputMode="url"
            aria-describedby="settings-publicBaseUrl-hint"
            value={fields.publicBaseUrl}
            onInput={(e) => set({ publicBaseUrl: e.currentTarget.value })}
          />
          <span id="settings-publicBaseUrl-hint" class="field-hint">
            {t('settings.publicBaseUrlHint')}
          </span>
        </div>
        <div class="admin__field settings-form__wide">
          <label for="settings-backupFolder">{t('settings.backupFolder')}</label>
          <input
            id="settings-backupFolder"
            aria-describedby="settings-backupFolder-hint"
            value={fields.backupFolder}
            onInput={(e) => set({ backupFolder: e.currentTarget.value })}
          />
          <span id="settings-backupFolder-hint" class="field-hint">
            {t('settings.backupFolderHint')}
          </span>
        </div>
        <button type="submit" disabled={busy}>
          {t('settings.save')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {saved && <Notice>{t('settings.saved')}</Notice>}
    </section>
  );
}
