// Sites, and the rows they pushed (common/schemas/central.ts): each site's tickets and survey responses keyed by the
// site and the row's id in the site's own database, so a batch applied twice stores each row once. Times stay the
// site's own integer milliseconds, exactly as the hub computes its figures from them; `day` is the site's business
// day of the row (common/time/centreCalendar.ts over the calendar the site sent), the key of day-by-day figures and
// rollups; arrived_at is the central clock's, for "when did we last hear from it".
import type { CentralMigration } from '../migrate.ts';

export const sitesAndRows: CentralMigration = {
  id: 1,
  name: 'sites-and-rows',
  up: `
    CREATE TABLE sites (
      id bigserial PRIMARY KEY,
      name text NOT NULL,
      -- SHA-256 of the site token: the token is 32 random bytes, shown once, never stored.
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz,
      -- The identity of the site database the rows came from, and the last change sequence applied from it.
      database_id uuid,
      acked bigint NOT NULL DEFAULT 0,
      last_sync_at timestamptz,
      -- The latest CentralSiteFacts the site sent: its name, wait target, calendar, services and desks.
      facts jsonb
    );

    CREATE TABLE site_visits (
      site_id bigint NOT NULL REFERENCES sites(id),
      id bigint NOT NULL,
      seq bigint NOT NULL,
      service_id integer NOT NULL,
      desk_id integer,
      state text NOT NULL,
      issued_at bigint NOT NULL,
      day date NOT NULL,
      first_called_at bigint,
      ended_at bigint,
      arrived_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (site_id, id)
    );
    CREATE INDEX site_visits_by_issue ON site_visits (site_id, issued_at);
    CREATE INDEX site_visits_by_day ON site_visits (site_id, day);

    CREATE TABLE site_responses (
      site_id bigint NOT NULL REFERENCES sites(id),
      id bigint NOT NULL,
      seq bigint NOT NULL,
      submitted_at bigint NOT NULL,
      day date NOT NULL,
      ticket_id bigint,
      source text NOT NULL,
      q1 smallint, q2 smallint, q3 smallint, q4 smallint, q5 smallint,
      comment text,
      arrived_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (site_id, id)
    );
    CREATE INDEX site_responses_by_time ON site_responses (site_id, submitted_at);
  `,
};
