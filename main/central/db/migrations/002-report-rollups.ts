// Rollups that let a year of twenty sites (≈ 22 M visits) be summed in well under a second, kept by statement-level
// triggers on the raw rows, so they can never disagree with them: every insert, update (the push's upsert) and
// delete (a resync) adds or takes away exactly the rows it touched, in the same transaction.
//   visit_days     per site and business day: tickets issued, called, served, no-shows, closed unserved.
//   wait_days      per site, day and wait bucket (WAIT_BUCKET_MS wide): how many first calls came after such a wait.
//   wait_months    the same per month, so a year reads twelve months of buckets rather than 365 days of them.
//   response_days  per site, day and source: the survey counts of common/stats/surveyFigures.ts.
// What the rollups cannot hold is read raw through indexes: the waits of the one bucket a percentile or the wait
// target falls in (site_visits_by_wait), and the few tickets never called, whose "past the target" depends on now.
import type { CentralMigration } from '../migrate.ts';
import { SURVEY_SLOTS } from '../../../../common/stats/surveyFigures.ts';
import { NEGATIVE_TO, POSITIVE_FROM } from '../../../../common/stats/netScore.ts';
import { IS_NO_SHOW_SQL, IS_NOT_SERVED_SQL, IS_SERVED_SQL } from '../../../../common/reports/ticketSql.ts';

/** 10 s: a year of one site spreads its waits over a few hundred buckets, and one bucket holds a few thousand waits. */
export const WAIT_BUCKET_MS = 10_000;
/** The bucket of a called ticket's wait; the index site_visits_by_wait is on exactly this expression. */
export const WAIT_BUCKET_SQL = `(GREATEST(first_called_at - issued_at, 0) / ${WAIT_BUCKET_MS})`;

type Op = 'insert' | 'update' | 'delete';
/** The rows a statement touched, each with +1 (now there) or −1 (no longer there). */
const delta = (op: Op, columns: string) =>
  [op !== 'delete' ? `SELECT ${columns}, 1 AS sign FROM new_rows` : null, op !== 'insert' ? `SELECT ${columns}, -1 AS sign FROM old_rows` : null]
    .filter(Boolean)
    .join(' UNION ALL ');
const signedWhere = (condition: string) => `SUM(CASE WHEN ${condition} THEN sign ELSE 0 END)`;
const addUp = (columns: string[]) => columns.map((c) => `${c} = r.${c} + EXCLUDED.${c}`).join(', ');

const VISIT_COUNTS = ['issued', 'called', 'served', 'no_shows', 'not_served'];
const RESPONSE_COUNTS = ['responses', ...SURVEY_SLOTS.flatMap((q) => [`sum_${q}`, `n_${q}`]), 'positive', 'negative'];

function visitsFunction(op: Op): string {
  const rows = delta(op, 'site_id, day, state, issued_at, first_called_at');
  return `
    CREATE FUNCTION site_visits_rollup_${op}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      INSERT INTO visit_days AS r (site_id, day, ${VISIT_COUNTS.join(', ')})
        SELECT site_id, day, SUM(sign), ${signedWhere('first_called_at IS NOT NULL')}, ${signedWhere(IS_SERVED_SQL)},
               ${signedWhere(IS_NO_SHOW_SQL)}, ${signedWhere(IS_NOT_SERVED_SQL)}
        FROM (${rows}) d GROUP BY site_id, day
        ON CONFLICT (site_id, day) DO UPDATE SET ${addUp(VISIT_COUNTS)};
      INSERT INTO wait_days AS r (site_id, day, bucket, n)
        SELECT site_id, day, ${WAIT_BUCKET_SQL}, SUM(sign) FROM (${rows}) d WHERE first_called_at IS NOT NULL GROUP BY 1, 2, 3
        ON CONFLICT (site_id, day, bucket) DO UPDATE SET n = r.n + EXCLUDED.n;
      INSERT INTO wait_months AS r (site_id, month, bucket, n)
        SELECT site_id, date_trunc('month', day)::date, ${WAIT_BUCKET_SQL}, SUM(sign) FROM (${rows}) d
        WHERE first_called_at IS NOT NULL GROUP BY 1, 2, 3
        ON CONFLICT (site_id, month, bucket) DO UPDATE SET n = r.n + EXCLUDED.n;
      RETURN NULL;
    END $fn$;`;
}

function responsesFunction(op: Op): string {
  const rows = delta(op, `site_id, day, source, ${SURVEY_SLOTS.join(', ')}`);
  const sumOver = (test: (q: string) => string) => SURVEY_SLOTS.map((q) => signedWhere(test(q))).join(' + ');
  return `
    CREATE FUNCTION site_responses_rollup_${op}() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      INSERT INTO response_days AS r (site_id, day, source, ${RESPONSE_COUNTS.join(', ')})
        SELECT site_id, day, source, SUM(sign),
               ${SURVEY_SLOTS.map((q) => `COALESCE(SUM(${q} * sign), 0), ${signedWhere(`${q} IS NOT NULL`)}`).join(', ')},
               ${sumOver((q) => `${q} >= ${POSITIVE_FROM}`)}, ${sumOver((q) => `${q} <= ${NEGATIVE_TO}`)}
        FROM (${rows}) d GROUP BY site_id, day, source
        ON CONFLICT (site_id, day, source) DO UPDATE SET ${addUp(RESPONSE_COUNTS)};
      RETURN NULL;
    END $fn$;`;
}

function triggers(table: string, prefix: string): string {
  return `
    CREATE TRIGGER ${prefix}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${prefix}_insert();
    CREATE TRIGGER ${prefix}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${prefix}_update();
    CREATE TRIGGER ${prefix}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION ${prefix}_delete();`;
}

export const reportRollups: CentralMigration = {
  id: 2,
  name: 'report-rollups',
  up: `
    CREATE TABLE visit_days (
      site_id bigint NOT NULL REFERENCES sites(id),
      day date NOT NULL,
      ${VISIT_COUNTS.map((c) => `${c} bigint NOT NULL`).join(', ')},
      PRIMARY KEY (site_id, day)
    );
    CREATE TABLE wait_days (
      site_id bigint NOT NULL REFERENCES sites(id), day date NOT NULL, bucket bigint NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (site_id, day, bucket)
    );
    CREATE TABLE wait_months (
      site_id bigint NOT NULL REFERENCES sites(id), month date NOT NULL, bucket bigint NOT NULL, n bigint NOT NULL,
      PRIMARY KEY (site_id, month, bucket)
    );
    CREATE TABLE response_days (
      site_id bigint NOT NULL REFERENCES sites(id),
      day date NOT NULL,
      source text NOT NULL,
      ${RESPONSE_COUNTS.map((c) => `${c} bigint NOT NULL`).join(', ')},
      PRIMARY KEY (site_id, day, source)
    );

    -- The waits of one bucket in a period, in order, without touching the table (an index-only scan).
    CREATE INDEX site_visits_by_wait ON site_visits (site_id, ${WAIT_BUCKET_SQL}, issued_at) INCLUDE (first_called_at)
      WHERE first_called_at IS NOT NULL;
    -- The tickets never called: few, and whether they are past the target depends on the moment of the report.
    CREATE INDEX site_visits_uncalled ON site_visits (site_id, issued_at) INCLUDE (ended_at) WHERE first_called_at IS NULL;
    CREATE INDEX site_responses_by_day ON site_responses (site_id, day);

    ${(['insert', 'update', 'delete'] as const).map(visitsFunction).join('\n')}
    ${(['insert', 'update', 'delete'] as const).map(responsesFunction).join('\n')}
    ${triggers('site_visits', 'site_visits_rollup')}
    ${triggers('site_responses', 'site_responses_rollup')}

    -- TRUNCATE leaves no transition table to subtract: it empties the rollups with the rows.
    CREATE FUNCTION site_visits_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN TRUNCATE visit_days, wait_days, wait_months; RETURN NULL; END $fn$;
    CREATE TRIGGER site_visits_rollup_truncate AFTER TRUNCATE ON site_visits FOR EACH STATEMENT EXECUTE FUNCTION site_visits_rollup_truncate();
    CREATE FUNCTION site_responses_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN TRUNCATE response_days; RETURN NULL; END $fn$;
    CREATE TRIGGER site_responses_rollup_truncate AFTER TRUNCATE ON site_responses FOR EACH STATEMENT EXECUTE FUNCTION site_responses_rollup_truncate();
  `,
};
