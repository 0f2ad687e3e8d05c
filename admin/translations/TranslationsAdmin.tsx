// The translations page: per language with shipped texts, whether its texts are a draft or reviewed (a centre's
// corrections never make a draft reviewed), how many visitor texts the centre has corrected, the CSV to hand a
// translator, and the upload of the corrected file. A refused file shows the hub's message, which names the lines.
import { useEffect, useState } from 'preact/hooks';
import { TranslationImported, TranslationsAnswer } from '../../common/schemas/translations.ts';
import { languageInfo, type CatalogueCode } from '../../common/i18n/languages.ts';
import { apiGet, apiPostCsv } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { pageToken } from '../../ui/pageParams.ts';
import { useStaffEvents } from '../../ui/useStaffEvents.ts';

type Outcome = { kind: 'info' | 'error'; text: string };

export function TranslationsAdmin() {
  const { t } = useI18n();
  const [list, setList] = useState<TranslationsAnswer | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<CatalogueCode | null>(null);
  const reload = () => apiGet('/api/translations', TranslationsAnswer).then(setList, (e: Error) => setOutcome({ kind: 'error', text: t('common.error', { message: e.message }) }));
  useEffect(() => void reload(), []);
  useStaffEvents((event) => {
    if (event.type === 'translations.changed') void reload();
  }, () => void reload());

  const token = pageToken();
  const download = (code: CatalogueCode) => `/api/translations/${code}.csv${token ? `?${new URLSearchParams({ token })}` : ''}`;

  const upload = async (code: CatalogueCode, input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const name = languageInfo(code).name;
    setBusy(code);
    setOutcome(null);
    try {
      const { data } = await apiPostCsv(`/api/translations/${code}`, await file.text(), TranslationImported);
      setOutcome({ kind: 'info', text: t('translations.imported', { name, changed: data?.changed ?? 0 }) });
      await reload();
    } catch (e) {
      setOutcome({ kind: 'error', text: t('translations.refused', { name, message: (e as Error).message }) });
    } finally {
      setBusy(null);
      input.value = '';
    }
  };

  if (list === null) return outcome ? <Notice kind="error">{outcome.text}</Notice> : <p>{t('common.loading')}</p>;
  return (
    <section class="admin__section" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t('translations.title')}</h2>
      <p class="field-hint">{t('translations.hint')}</p>
      <table class="translations">
        <thead>
          <tr>
            <th scope="col">{t('translations.language')}</th>
            <th scope="col">{t('translations.state')}</th>
            <th scope="col">{t('translations.corrected')}</th>
            <th scope="col">{t('translations.file')}</th>
          </tr>
        </thead>
        <tbody>
          {list.languages.map((language) => {
            const info = languageInfo(language.code);
            return (
              <tr key={language.code}>
                <th scope="row">
                  <span lang={language.code} dir={info.dir}>
                    {language.name}
                  </span>
                  {language.enabled && <span class="field-hint"> ({t('translations.offered')})</span>}
                </th>
                <td>{language.draft ? t('settings.languageDraft') : t('translations.reviewed')}</td>
                <td>{t('translations.overridden', { count: language.overridden, total: language.visitorTexts })}</td>
                <td class="translations__file">
                  <a href={download(language.code)} download>
                    {t('translations.download', { name: language.name })}
                  </a>
                  <label class="translations__upload">
                    {t('translations.upload', { name: language.name })}
                    <input type="file" accept=".csv,text/csv" disabled={busy !== null} onChange={(e) => void upload(language.code, e.currentTarget)} />
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {outcome && (
<Notice kind={outcome.kind}>{outcome.text}</Notice>
      )}
    </section>
  );
}
