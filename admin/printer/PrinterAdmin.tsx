// The printer page: is the printer working, how it is connected and set up, a test print, its settings, and the
// latest printouts drawn from the bytes that went to it. Follows printer.status and ticket.print-status live.
import { useEffect, useState } from 'preact/hooks';
import { PrinterView, Printout } from '../../common/schemas/printer.ts';
import { apiGet, apiPost } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { useStaffEvents } from '../../ui/useStaffEvents.ts';
import { PrintoutPreview } from './PrintoutPreview.tsx';
import { PrinterSettingsForm } from './PrinterSettingsForm.tsx';

/** The printouts drawn on the page; the hub keeps a few more. */
const SHOWN_PRINTOUTS = 5;

export function PrinterAdmin() {
  const { t, lang, fmt } = useI18n();
  const [view, setView] = useState<PrinterView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = () => apiGet('/api/printer', PrinterView).then(setView, (e: Error) => setError(e.message));
  useEffect(() => void reload(), []);
  useStaffEvents((event) => {
    if (event.type === 'printer.status' || event.type === 'ticket.print-status' || event.type === 'ticket.issued') void reload();
  }, () => void reload());

  const testPrint = async () => {
    setBusy(true);
    setError(null);
    try {
      await apiPost('/api/printer/test', { language: lang }, Printout);
      await reload();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (view === null) return error ? <Notice kind="error">{t('common.error', { message: error })}</Notice> : <p>{t('common.loading')}</p>;
  const { connection, profile } = view;
  return (
    <>
      <section class="admin__section" aria-labelledby="printer-heading">
        <h2 id="printer-heading">{t('printer.title')}</h2>
        <dl class="printer-facts">
          <dt>{t('printer.state')}</dt>
          <dd class={`printer-facts__state printer-facts__state--${view.state}`}>{t(`printer.state.${view.state}`)}</dd>
          <dt>{t('printer.connection')}</dt>
          <dd>
            {connection.kind === 'virtual'
              ? t('printer.virtual')
              : `${t('printer.serialLine', { path: connection.path, baud: connection.baud })}${connection.from === 'command-line' ? ` ${t('printer.fromCommandLine')}` : ''}`}
          </dd>
          <dt>{t('printer.profile')}</dt>
          <dd>
            {profile.name}
            <br />
            {t('printer.profileFacts', { columns: profile.columns, codePage: profile.codePage.toUpperCase(), flowControl: profile.flowControl === 'rtscts' ? 'RTS/CTS' : 'XON/XOFF' })}
          </dd>
        </dl>
        <button type="button" onClick={testPrint} disabled={busy}>
          {t('printer.testPrint')}
        </button>
        {error !== null && <Notice kind="error">{t('common.error', { message: error })}</Notice>}
      </section>
      <section class="admin__section" aria-labelledby="printer-preview-heading">
        <h2 id="printer-preview-heading">{t('printer.preview')}</h2>
        {view.printouts.length === 0 ? (
          <p>{t('printer.noPrintouts')}</p>
        ) : (
          <ul class="printouts">
            {view.printouts.slice(0, SHOWN_PRINTOUTS).map((printout) => (
              <li key={`${printout.label}-${printout.at}`} class="printouts__item">
                <p class="printouts__caption">
                  {t('printer.printoutCaption', {
                    label: printout.label,
                    time: fmt.timeWithSeconds(printout.at),
                    bytes: printout.byteCount,
                    status: t(`printer.status.${printout.print.status}`, { reason: printout.print.reason ?? '' }),
                  })}
                </p>
                <PrintoutPreview items={printout.preview} columns={profile.columns} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <PrinterSettingsForm settings={view.settings} onSaved={setView} />
    </>
  );
}
