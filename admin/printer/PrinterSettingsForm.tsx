// The printer's model, serial device and baud. Saved settings take effect at once; a --printer given on the hub's
// command line still wins over the device and baud here.
import { useState } from 'preact/hooks';
import { BAUD_RATES, PRINTER_PROFILE_NAMES, PrinterView, type PrinterSettings } from '../../common/schemas/printer.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useCreate } from '../useCreate.ts';

export function PrinterSettingsForm({ settings, onSaved }: { settings: PrinterSettings; onSaved: (view: PrinterView) => void }) {
  const { t } = useI18n();
  const [fields, setFields] = useState({ ...settings, path: settings.path ?? '' });
  const [saved, setSaved] = useState(false);
  const { create: save, error, busy } = useCreate('/api/printer/settings', PrinterView, (view) => {
    onSaved(view);
    setSaved(true);
  });
  const set = (patch: Partial<typeof fields>) => {
    setSaved(false);
    setFields({ ...fields, ...patch });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    await save({ profile: fields.profile, baud: fields.baud, path: fields.path.trim() === '' ? null : fields.path.trim() });
  };
  return (
    <section class="admin__section" aria-labelledby="printer-settings-heading">
      <h2 id="printer-settings-heading">{t('printer.settings')}</h2>
      <form class="admin__form" onSubmit={submit}>
        <div class="admin__field">
          <label for="printer-profile">{t('printer.settingsProfile')}</label>
          <select id="printer-profile" value={fields.profile} onChange={(e) => set({ profile: e.currentTarget.value as PrinterSettings['profile'] })}>
            {PRINTER_PROFILE_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div class="admin__field">
          <label for="printer-path">{t('printer.settingsPath')}</label>
          <input id="printer-path" aria-describedby="printer-path-hint" value={fields.path} onInput={(e) => set({ path: e.currentTarget.value })} />
          <span id="printer-path-hint" class="admin__hint">
            {t('printer.settingsPathHint')}
          </span>
        </div>
        <div class="admin__field">
          <label for="printer-baud">{t('printer.settingsBaud')}</label>
          <select id="printer-baud" value={String(fields.baud)} onChange={(e) => set({ baud: Number(e.currentTarget.value) })}>
            {BAUD_RATES.map((baud) => (
              <option key={baud} value={String(baud)}>
                {baud}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy}>
          {t('printer.settingsSave')}
        </button>
      </form>
      {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      {saved && <Notice>{t('printer.settingsSaved')}</Notice>}
    </section>
  );
}
