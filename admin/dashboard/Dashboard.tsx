// The manager's dashboard: today as it happens, the desks next week needs, and any period's figures, charts and exports.
import { LiveToday } from './LiveToday.tsx';
import { PeriodView } from './PeriodView.tsx';
import { StaffingView } from './StaffingView.tsx';
import './dashboard.css';

export function Dashboard({ token }: { token: string | null }) {
  return (
    <>
      <LiveToday />
      <StaffingView />
      <PeriodView token={token} />
    </>
  );
}
