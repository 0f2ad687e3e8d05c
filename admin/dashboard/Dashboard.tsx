// The manager's dashboard: today as it happens, and any period's figures, charts and exports.
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
