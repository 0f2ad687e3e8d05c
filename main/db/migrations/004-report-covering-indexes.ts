// Reports over a year read every ticket of the period. With only tickets(issued_at) SQLite finds the rows by the
// index and then fetches each from the table; these indexes hold every column the reports read, so a year's summary
// and by-hour are answered from the index alone (bench/reports.ts measures it). The service one serves the
// summary narrowed to a service; the survey one the survey figures by period.
import type { Migration } from '../migrate.ts';

export const reportCoveringIndexes: Migration = {
  id: 4,
  name: 'report-covering-indexes',
  up: `
    CREATE INDEX tickets_report ON tickets(issued_at, first_called_at, ended_at, state, issued_service_id, desk_id);
    CREATE INDEX tickets_report_by_service ON tickets(issued_service_id, issued_at, first_called_at, ended_at, state);
    CREATE INDEX survey_responses_report ON survey_responses(submitted_at, source, ticket_id, q1, q2, q3, q4, q5);
  `,
};
