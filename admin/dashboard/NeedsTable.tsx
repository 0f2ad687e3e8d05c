// What the guides recorded in the period (GET /api/reports/needs): interpreters by language, to book them by language
// and day, and how many needed a private room or were urgent.
import { useEffect, useState } from 'preact/hooks';
import { NeedsReport } from '../../common/schemas/needs.ts';
import { languageInfo } from '../../common/i18n/languages.ts';
import { apiGet } from '../../ui/apiClient.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { Notice } from '../../ui/Notice.tsx';

export function NeedsTable({ from, to }: { from: string; to: string }) {
  const { t, fmt, lang } = useI18n();
  const [report, setReport] = useState<NeedsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    setError(null);
    apiGet(`/api/reports/needs?${new URLSearchParams({ from, to })}`, NeedsReport).then(
      (found) => current && setReport(found),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [from, to]);

  if (error !== null) return <Notice kind="error">{t('common.error', { message: error })}</Notice>;
  if (report === null) return null;
  const names = new Intl.DisplayNames([languageInfo(lang).locale], { type: 'language' });
  const rows: [string, number][] = [
    ...Object.entries(report.interpreter)
      .map(([code, n]): [string, number] => [t('dashboard.interpreterIn', { language: names.of(code) ?? code }), n])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], lang)),
    ...(report.privateRoom > 0 ? [[t('needs.privateRoom'), report.privateRoom] as [string, number]] : []),
    ...(report.urgent > 0 ? [[t('needs.urgent'), report.urgent] as [string, number]] : []),
  ];
  return (
    <div class="table-scroll">
      <table>
        <caption>{t('dashboard.needs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.needsKind')}</th>
            <th scope="col" class="number">
              {t('dashboard.needsCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={2}>{t('dashboard.noNeeds')}</td>
            </tr>
          ) : (
            rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td class="number">{fmt.count(n)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
