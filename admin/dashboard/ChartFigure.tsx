// One chart and the same figures as a table. Chart.js draws on a canvas (no inline style or script, so it runs under
// the hub's CSP); a canvas says nothing to a screen reader, so it is an image with a summary and the table below it
// carries every number.
import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { useI18n } from '../../ui/i18n.tsx';
import { languageInfo } from '../../common/i18n/languages.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: (number | null)[];
  colour: string;
}

interface Props {
  id: string;
  title: string;
  /** What the chart shows, in one sentence, for those who cannot see it. */
  description: string;
  kind: 'bar' | 'line';
  labels: string[];
  series: Series[];
  yMax?: number;
  /** A missing value is a gap in the line (a closed day) rather than bridged. */
  gaps?: boolean;
  /** The table: column headings and rows of text, the first column naming the row. */
  columns: string[];
  rows: string[][];
}

export function ChartFigure({ id, title, description, kind, labels, series, yMax, gaps = false, columns, rows }: Props) {
  const { t, lang } = useI18n();
  const { locale } = languageInfo(lang);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
      type: kind,
      data: { labels, datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.colour, borderColor: s.colour, spanGaps: !gaps })) },
      options: {
        animation: false,
        // The axes' numbers as the screen's language writes them ("2,5" in Swedish).
        locale,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ...(yMax !== undefined ? { max: yMax } : {}) } },
      },
    };
    const chart = new Chart(canvas.current!, config);
    return () => chart.destroy();
  }, [kind, JSON.stringify(labels), JSON.stringify(series), yMax, gaps, locale]);

  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} class="chart__title">
        {title}
      </figcaption>
      <div class="chart__canvas">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <details class="chart__table">
        <summary>{t('dashboard.showTable')}</summary>
        <table>
          <caption class="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" class={i > 0 ? 'number' : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]}>
                <th scope="row">{row[0]}</th>
                {row.slice(1).map((cell, i) => (
                  <td key={i} class="number">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
