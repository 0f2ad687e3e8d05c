// The all-sites summary from the rollups of migration 002: counts and survey sums per day, wait histograms per day
// and month, and, read raw through indexes, only what no rollup can hold — the waits inside the one bucket each
// percentile falls in, the waits of the bucket holding the target, the uncalled tickets (their "past the target"
// depends on now) and the edges of a period given as timestamps. The figures come out of the same common/ code as a
// hub's own summary: waitFigures for the waits, surveyFiguresOf for the survey.
import type { CentralDb } from '../db/centralDb.ts';
import type { CentralSummary } from '../../../common/schemas/central.ts';
import type { FilteredSummary, SummaryQuery, WaitStats } from '../../../common/schemas/reports.ts';
import { nearestRank, waitFigures, type WaitCounts } from '../../../common/stats/waitStats.ts';
import { SURVEY_COUNT_COLUMNS, SURVEY_COUNTS_SQL, surveyFiguresOf, type SurveyCounts } from '../../../common/stats/surveyFigures.ts';
import { IS_NO_SHOW_SQL, IS_NOT_SERVED_SQL, IS_SERVED_SQL, uncalledPastTargetSql, WAIT_MS_SQL } from '../../../common/reports/ticketSql.ts';
import { WAIT_BUCKET_MS, WAIT_BUCKET_SQL } from '../db/migrations/002-report-rollups.ts';
import { siteScopes, type SiteScope } from './siteScope.ts';

type Histogram = Map<number, number>;
interface SiteCounts extends WaitCounts {
  histogram: Histogram;
}

const emptyCounts = (): SiteCounts => ({ issued: 0, called: 0, served: 0, noShows: 0, notServed: 0, within: 0, uncalledPastTarget: 0, histogram: new Map() });

/** The site periods as parallel arrays for unnest(): PostgreSQL joins each site's rows to its own period. */
const columns = <T>(items: readonly T[], ...pick: ((item: T) => unknown)[]) => pick.map((p) => items.map(p));
const edgesOf = (scopes: readonly SiteScope[]) => scopes.flatMap((s) => s.edges.map((e) => ({ site: s.siteId, ...e })));

async function visitCounts(db: CentralDb, scopes: readonly SiteScope[], counts: Map<number, SiteCounts>): Promise<void> {
  const whole = scopes.filter((s) => s.whole);
  const rows = await db.query<{ site_id: number; issued: number; called: number; served: number; no_shows: number; not_served: number }>(
    `SELECT site_id, SUM(issued) AS issued, SUM(called) AS called, SUM(served) AS served, SUM(no_shows) AS no_shows, SUM(not_served) AS not_served
     FROM (
       SELECT v.site_id, v.issued, v.called, v.served, v.no_shows, v.not_served FROM visit_days v
       JOIN unnest($1::bigint[], $2::date[], $3::date[]) AS p(site, first, last) ON v.site_id = p.site AND v.day BETWEEN p.first AND p.last
       UNION ALL
       SELECT site_id, COUNT(*), COUNT(first_called_at), COUNT(*) FILTER (WHERE ${IS_SERVED_SQL}),
              COUNT(*) FILTER (WHERE ${IS_NO_SHOW_SQL}), COUNT(*) FILTER (WHERE ${IS_NOT_SERVED_SQL})
       FROM site_visits JOIN unnest($4::bigint[], $5::bigint[], $6::bigint[]) AS p(site, f, t) ON site_id = p.site AND issued_at >= p.f AND issued_at < p.t
       GROUP BY site_id
     ) parts GROUP BY site_id`,
    [...columns(whole, (s) => s.siteId, (s) => s.whole!.first, (s) => s.whole!.last), ...columns(edgesOf(scopes), (e) => e.site, (e) => e.fromMs, (e) => e.toMs)],
  );
  for (const row of rows.rows) {
    Object.assign(counts.get(row.site_id)!, { issued: row.issued, called: row.called, served: row.served, noShows: row.no_shows, notServed: row.not_served });
  }
}

async function histograms(db: CentralDb, scopes: readonly SiteScope[], counts: Map<number, SiteCounts>): Promise<void> {
  const months = scopes.filter((s) => s.months);
  const days = scopes.flatMap((s) => s.days.map((d) => ({ site: s.siteId, ...d })));
  const rows = await db.query<{ site_id: number; bucket: number; n: number }>(
    `SELECT site_id, bucket, SUM(n) AS n FROM (
       SELECT w.site_id, w.bucket, w.n FROM wait_months w
       JOIN unnest($1::bigint[], $2::date[], $3::date[]) AS p(site, first, last) ON w.site_id = p.site AND w.month BETWEEN p.first AND p.last
       UNION ALL
       SELECT w.site_id, w.bucket, w.n FROM wait_days w
       JOIN unnest($4::bigint[], $5::date[], $6::date[]) AS p(site, first, last) ON w.site_id = p.site AND w.day BETWEEN p.first AND p.last
       UNION ALL
       SELECT site_id, ${WAIT_BUCKET_SQL}, COUNT(*) FROM site_visits
       JOIN unnest($7::bigint[], $8::bigint[], $9::bigint[]) AS p(site, f, t) ON site_id = p.site AND issued_at >= p.f AND issued_at < p.t
       WHERE first_called_at IS NOT NULL GROUP BY 1, 2
     ) parts GROUP BY site_id, bucket HAVING SUM(n) > 0`,
    [
      ...columns(months, (s) => s.siteId, (s) => s.months!.first, (s) => s.months!.last),
      ...columns(days, (d) => d.site, (d) => d.first, (d) => d.last),
      ...columns(edgesOf(scopes), (e) => e.site, (e) => e.fromMs, (e) => e.toMs),
    ],
  );
  for (const row of rows.rows) counts.get(row.site_id)!.histogram.set(row.bucket, row.n);
}

/** Within the target: every bucket below the target's bucket, plus the waits of that bucket read raw, so a wait
 *  exactly at a fractional target is judged exactly as the hub judges it. Also the uncalled tickets past it. */
async function targetCounts(db: CentralDb, scopes: readonly SiteScope[], nowMs: number, counts: Map<number, SiteCounts>): Promise<void> {
  const pick = columns(scopes, (s) => s.siteId, (s) => s.period.fromMs, (s) => s.period.toMs, (s) => s.targetMs, (s) => Math.floor(s.targetMs / WAIT_BUCKET_MS));
  const rows = await db.query<{ site: number; at_edge: number; uncalled: number }>(
    `SELECT p.site,
       (SELECT COUNT(*) FROM site_visits WHERE site_id = p.site AND ${WAIT_BUCKET_SQL} = p.bucket AND issued_at >= p.f AND issued_at < p.t
          AND first_called_at IS NOT NULL AND ${WAIT_MS_SQL} <= p.target) AS at_edge,
       (SELECT COUNT(*) FROM site_visits WHERE site_id = p.site AND issued_at >= p.f AND issued_at < p.t
          AND ${uncalledPastTargetSql('$6', 'p.target')}) AS uncalled
     FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::float8[], $5::bigint[]) AS p(site, f, t, target, bucket)`,
    [...pick, nowMs],
  );
  for (const row of rows.rows) {
    const site = counts.get(row.site)!;
    const edgeBucket = Math.floor(scopes.find((s) => s.siteId === row.site)!.targetMs / WAIT_BUCKET_MS);
    let below = 0;
    for (const [bucket, n] of site.histogram) if (bucket < edgeBucket) below += n;
    site.within = below + row.at_edge;
    site.uncalledPastTarget = row.uncalled;
  }
}

/** The bucket holding the wait of a rank (1-based), and the rank's offset within it. */
function locate(histogram: Histogram, rank: number): { bucket: number; offset: number } {
  let before = 0;
  for (const [bucket, n] of [...histogram].sort(([a], [b]) => a - b)) {
    if (before + n >= rank) return { bucket, offset: rank - before - 1 };
    before += n;
  }
  throw new Error(`the wait histogram holds ${before} waits, fewer than rank ${rank}: the rollups disagree with the rows`);
}

interface Read {
  sites: readonly SiteScope[];
  bucket: number;
  offset: number;
}

/** The waits the percentiles fall on, one raw read of one bucket each, all in one round trip. */
async function percentileWaits(db: CentralDb, reads: readonly Read[]): Promise<number[]> {
  if (reads.length === 0) return [];
  const parts = reads.flatMap((read, i) => read.sites.map((s) => ({ i, site: s.siteId, f: s.period.fromMs, t: s.period.toMs })));
  const rows = await db.query<{ i: number; wait: number }>(
    `SELECT r.i, (SELECT w FROM (
         SELECT ${WAIT_MS_SQL} AS w FROM unnest($4::int[], $5::bigint[], $6::bigint[], $7::bigint[]) AS p(i, site, f, t)
         JOIN site_visits ON site_id = p.site AND ${WAIT_BUCKET_SQL} = r.bucket AND issued_at >= p.f AND issued_at < p.t
         WHERE p.i = r.i AND first_called_at IS NOT NULL
       ) waits ORDER BY w OFFSET r.k LIMIT 1) AS wait
     FROM unnest($1::int[], $2::bigint[], $3::bigint[]) AS r(i, bucket, k)`,
    [reads.map((_, i) => i), ...columns(reads, (r) => r.bucket, (r) => r.offset), ...columns(parts, (p) => p.i, (p) => p.site, (p) => p.f, (p) => p.t)],
  );
  const waits = new Array<number>(reads.length);
  for (const row of rows.rows) waits[row.i] = row.wait;
  return waits;
}

async function surveyRows(db: CentralDb, scopes: readonly SiteScope[]): Promise<(SurveyCounts & { site_id: number })[]> {
  const whole = scopes.filter((s) => s.whole);
  const sums = SURVEY_COUNT_COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', ');
  const rows = await db.query<SurveyCounts & { site_id: number }>(
    `SELECT site_id, source, ${sums} FROM (
       SELECT r.site_id, r.source, ${SURVEY_COUNT_COLUMNS.map((c) => `r.${c}`).join(', ')} FROM response_days r
       JOIN unnest($1::bigint[], $2::date[], $3::date[]) AS p(site, first, last) ON r.site_id = p.site AND r.day BETWEEN p.first AND p.last
       UNION ALL
       SELECT site_id, source, ${SURVEY_COUNTS_SQL} FROM site_responses
       JOIN unnest($4::bigint[], $5::bigint[], $6::bigint[]) AS p(site, f, t) ON site_id = p.site AND submitted_at >= p.f AND submitted_at < p.t
       GROUP BY site_id, source
     ) parts GROUP BY site_id, source`,
    [...columns(whole, (s) => s.siteId, (s) => s.whole!.first, (s) => s.whole!.last), ...columns(edgesOf(scopes), (e) => e.site, (e) => e.fromMs, (e) => e.toMs)],
  );
  return rows.rows;
}

function summed(all: readonly SiteCounts[]): SiteCounts {
  const total = emptyCounts();
  for (const site of all) {
    for (const key of ['issued', 'called', 'served', 'noShows', 'notServed', 'within', 'uncalledPastTarget'] as const) total[key] += site[key];
    for (const [bucket, n] of site.histogram) total.histogram.set(bucket, (total.histogram.get(bucket) ?? 0) + n);
  }
  return total;
}

function figures(heading: { from: string; to: string }, targetMinutes: number, wait: WaitStats, survey: FilteredSummary['survey']): FilteredSummary {
  return {
    ...heading,
    ticketsIssued: wait.issued,
    served: wait.served,
    noShows: wait.noShows,
    notServed: wait.notServed,
    wait: { targetMinutes, medianSeconds: wait.medianWaitSeconds, p90Seconds: wait.p90WaitSeconds, shareWithinTarget: wait.shareWithinTarget, overTarget: wait.overTarget },
    survey,
  };
}

export async function centralSummary(db: CentralDb, query: SummaryQuery, nowMs: number): Promise<CentralSummary> {
  const scopes = await siteScopes(db, query, nowMs);
  const counts = new Map(scopes.map((s) => [s.siteId, emptyCounts()]));
  await Promise.all([visitCounts(db, scopes, counts), histograms(db, scopes, counts)]);
  const [, survey] = await Promise.all([targetCounts(db, scopes, nowMs, counts), surveyRows(db, scopes)]);
  const total = summed([...counts.values()]);

  // Each site's median and p90, then the total's over every site's waits: located in the histograms, read raw.
  const groups = [...scopes.map((s) => ({ sites: [s], counts: counts.get(s.siteId)! })), { sites: scopes, counts: total }];
  const reads = groups.flatMap((g) => (g.counts.called === 0 ? [] : [50, 90].map((p) => ({ sites: g.sites, ...locate(g.counts.histogram, nearestRank(g.counts.called, p)) }))));
  const waits = await percentileWaits(db, reads);
  let next = 0;
  const stats = groups.map((g) => (g.counts.called === 0 ? waitFigures(g.counts, null, null) : waitFigures(g.counts, waits[next++]!, waits[next++]!)));

  const targets = new Set(scopes.map((s) => s.targetMinutes));
  const from = scopes.length ? new Date(Math.min(...scopes.map((s) => s.period.fromMs))).toISOString() : (query.from ?? '');
  const to = scopes.length ? new Date(Math.max(...scopes.map((s) => s.period.toMs))).toISOString() : (query.to ?? query.from ?? '');
  const totalFigures = figures({ from, to }, 0, stats.at(-1)!, surveyFiguresOf(survey));
  return {
    from,
    to,
    total: { ...totalFigures, wait: { ...totalFigures.wait, targetMinutes: targets.size === 1 ? [...targets][0]! : null } },
    sites: scopes.map((s, i) => ({
      siteId: s.siteId,
      name: s.name,
      lastSyncAt: s.lastSyncAt,
      ...figures(s.heading, s.targetMinutes, stats[i]!, surveyFiguresOf(survey.filter((row) => row.site_id === s.siteId))),
    })),
  };
}
