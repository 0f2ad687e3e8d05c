// The staffing report counts, per hour of a past day, the desks that called someone: visits by their call time,
// with the desk and ticket in the index so the hour's desks are read from it alone.
import type { Migration } from '../migrate.ts';

export const visitsByCallTime: Migration = {
  id: 11,
  name: 'visits-by-call-time',
  up: `
    CREATE INDEX visits_called_at ON visits(called_at, desk_id, ticket_id);
  `,
};
