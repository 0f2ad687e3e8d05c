// The manager's dashboard: today as it happens, and any period's figures, charts, comments and exports. The staffing
// forecast is a view of its own (?view=staffing).
import { LiveToday } from './LiveToday.tsx';
import { PeriodView } from './PeriodView.tsx';
import './dashboard.css';

export function Dashboard({ token }: { token: string | null }) {
  return (
    <>
      <LiveToday />
      <PeriodView token={token} />
    </>
  );
}
