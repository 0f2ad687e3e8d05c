// Per service and per desk, as one table each: where the waits are and which desk carries the load.
import type { Breakdown } from '../../common/schemas/reports.ts';
import { useI18n } from '../../ui/i18n.tsx';
import { minutes, percent } from './format.ts';

type Group = Breakdown['services'][number] | Breakdown['desks'][number];

function GroupTable({ caption, first, groups }: { caption: string; first: string; groups: Group[] }) {
  const { t, fmt } = useI18n();
  const headings = ['dashboard.issued', 'dashboard.served', 'dashboard.noShows', 'dashboard.transfers', 'dashboard.col.medianWait', 'dashboard.col.p90Wait', 'dashboard.withinTarget', 'dashboard.col.medianService'] as const;
  return (
    <div class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {headings.map((key) => (
              <th scope="col" class="number" key={key}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.name}>
              <th scope="row">{g.name}</th>
              <td class="number">{fmt.count(g.issued)}</td>
              <td class="number">{fmt.count(g.served)}</td>
              <td class="number">{fmt.count(g.noShows)}</td>
              <td class="number">{fmt.count(g.transfers)}</td>
              <td class="number">{minutes(fmt, g.medianWaitSeconds)}</td>
              <td class="number">{minutes(fmt, g.p90WaitSeconds)}</td>
              <td class="number">{percent(fmt, g.shareWithinTarget)}</td>
              <td class="number">{minutes(fmt, g.medianServiceSeconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BreakdownTable({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useI18n();
  return (
    <>
      <GroupTable caption={t('dashboard.byService')} first={t('desk.service')} groups={breakdown.services} />
      <GroupTable caption={t('dashboard.byDesk')} first={t('admin.desks')} groups={breakdown.desks} />
    </>
  );
}
