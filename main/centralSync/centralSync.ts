// The push lane to the central service (issue 17): one outbox lane (main/outbox/outboxRelay.ts) whose "row" is the
// next batch. Its seq is the acknowledged cursor the batch starts from, so back-off holds while new tickets keep
// arriving (a new change does not make a waiting batch due), and a batch read after a wait carries everything up to
// then. The relay does the ordering, timeouts and back-off (doubling from the first retry, capped at
// CENTRAL_RETRY_CAP_MS, never giving up); this file reads the batch, sends it and stores what the answer means.
// Sending is off the request path; the lane is woken by every event and looked at at least every 30 s.
import { createHash } from 'node:crypto';
import type { HubContext } from '../context.ts';
import { CENTRAL_RETRY_CAP_MS, CentralSurveyQuestions, type CentralHealth } from '../../common/schemas/central.ts';
import { centralHealth, pushDecision, type PushDecision } from '../../common/central/syncRules.ts';
import { OutboxRelay, relayOnEvents, RetryLater, type OutboxLane, type OutboxRow } from '../outbox/outboxRelay.ts';
import type { RetryPolicy } from '../../common/outbox/retryPolicy.ts';
import { readSurveyConfig, saveSurveyConfig } from '../survey/surveyConfig.ts';
import { readBatch } from './changeBatch.ts';
import { siteFacts } from './siteFacts.ts';
import { headSeq, pendingChanges, readSyncState, recordAcked, recordFailed, recordMoved, recordQuestionsTaken } from './syncState.ts';

/** One push (reading the batch, the central service storing it in one transaction) may take this long. */
export const CENTRAL_TIMEOUT_MS = 20_000;
/** A refused site token is tried again this often: a central administrator may give the site a new one. */
export const REFUSED_RETRY_MS = 30_000;
const FIRST_RETRY_MS = 1_000;

/** --central and --site-token: each, when given, wins over its setting. */
export interface CentralOverride {
  url?: string;
  siteToken?: string;
}

export interface CentralSyncOptions {
  /** The first retry's wait (--central-retry-ms); it doubles up to CENTRAL_RETRY_CAP_MS. */
  firstRetryMs?: number;
}

/** Doubling from the first wait, capped so a site is current within a minute of the central service returning, and
 *  never given up: what a site did is sent however long the central service was away. */
export function centralRetryPolicy(firstRetryMs = FIRST_RETRY_MS): RetryPolicy {
  return { firstRetryMs, maxRetryMs: CENTRAL_RETRY_CAP_MS, giveUpAfterMs: Number.POSITIVE_INFINITY };
}

interface CentralConfig {
  url: string;
  siteToken: string;
  shareComments: boolean;
  takeQuestions: boolean;
}

export function centralConfig(ctx: Pick<HubContext, 'settings' | 'central'>): CentralConfig | null {
  const settings = ctx.settings();
  const url = ctx.central.url ?? settings.centralUrl;
  const siteToken = ctx.central.siteToken ?? settings.centralSiteToken;
  if (!url || !siteToken) return null;
  return { url: url.replace(/\/+$/, ''), siteToken, shareComments: settings.centralShareComments, takeQuestions: settings.centralSurveyQuestions };
}

export function centralHealthOf(ctx: HubContext): CentralHealth {
  const state = readSyncState(ctx.db);
  return centralHealth({
    configured: centralConfig(ctx) !== null,
    lastOutcome: state.lastOutcome,
    lastSyncAtMs: state.lastSyncAtMs,
    pending: pendingChanges(ctx.db, state.ackedSeq),
  });
}

interface BatchRow extends OutboxRow {
  databaseId: string;
  facts: string;
  /** Set by send: what the answer meant, for settle to store. */
  decision?: PushDecision;
  toSeq?: number;
}

export interface CentralSync {
  stop(): Promise<void>;
}

export function startCentralSync(ctx: HubContext, options: CentralSyncOptions, log: (line: string) => void): CentralSync {
  const questions = questionTakeover(ctx, log);
  const relay = new OutboxRelay(
    () => {
      const config = centralConfig(ctx);
      return config ? [centralLane(ctx, config, questions.refresh)] : [];
    },
    {
      policy: centralRetryPolicy(options.firstRetryMs),
      timeoutMs: CENTRAL_TIMEOUT_MS,
      clock: ctx.clock,
      report: log,
    },
  );
  const stopRelay = relayOnEvents(ctx.events, relay);
  return {
    stop: async () => {
      await stopRelay();
      await questions.stop();
    },
  };
}

function centralLane(ctx: HubContext, config: CentralConfig, takeQuestions: (config: CentralConfig) => void): OutboxLane<BatchRow> {
  const db = ctx.db;
  return {
    // A new address or token is a new lane: the attempt under way with the old one is dropped, and a refused site
    // is tried at once with the token an administrator just saved instead of after REFUSED_RETRY_MS.
    key: `central ${config.url} ${createHash('sha256').update(config.siteToken).digest('hex').slice(0, 12)}`,
    next() {
      const state = readSyncState(db);
      const facts = JSON.stringify(siteFacts(db));
      if (headSeq(db) <= state.ackedSeq && facts === state.sentFacts) return null;
      return { seq: state.ackedSeq, atMs: ctx.clock(), attempts: state.failedAttempts, databaseId: state.databaseId, facts };
    },
    async send(row, signal) {
      const body = await readBatch(db, { databaseId: row.databaseId, fromSeq: row.seq, site: JSON.parse(row.facts), shareComments: config.shareComments, sentAt: ctx.clock() }, signal);
      const response = await fetch(`${config.url}/api/central/push`, {
        method: 'POST',
        body: JSON.stringify(body),
        signal,
        redirect: 'manual',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${config.siteToken}`, 'user-agent': 'Lotsa-Hub' },
      });
      const text = await response.text();
      let answer: unknown = null;
      try {
        answer = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's error page): pushDecision reads it as no answer.
      }
      const decision = pushDecision(response.status, answer, row.databaseId);
      row.decision = decision;
      row.toSeq = body.toSeq;
      if (decision.kind === 'refused') throw new RetryLater(decision.reason, REFUSED_RETRY_MS);
      if (decision.kind === 'retry') throw new Error(decision.reason);
      // A conflict that sends the hub back where it already is would repeat for ever without a wait.
      if (decision.kind === 'moved' && !decision.newIdentity && decision.acked === row.seq) throw new Error(`HTTP 409 ${decision.code} at the sequence already sent from`);
    },
    settle(row, attempt, outcome) {
      ctx.writer.write((_emit, nowMs) => {
        const decision = row.decision;
        if (outcome.status !== 'delivered' || !decision) {
          const refused = decision?.kind === 'refused';
          recordFailed(db, nowMs, attempt.attempts, refused ? 'refused' : 'failed', outcome.status === 'delivered' ? 'no answer' : outcome.error);
        } else if (decision.kind === 'acked') {
          // Never beyond what was sent: an answer further on would hide the next changes from the central service.
          recordAcked(db, nowMs, Math.min(decision.acked, row.toSeq!), row.facts);
        } else if (decision.kind === 'moved') {
          recordMoved(db, nowMs, decision.acked, decision.newIdentity, `HTTP 409 ${decision.code}`);
        }
      });
      if (outcome.status === 'delivered' && row.decision?.kind === 'acked' && config.takeQuestions) takeQuestions(config);
    },
  };
}

/** After a successful push, with centralSurveyQuestions on: the central questions, when newer than the ones last
 *  taken, replace the survey's own (its idle reset stays the site's). One fetch at a time; a failure waits for the
 *  next push. */
function questionTakeover(ctx: HubContext, log: (line: string) => void) {
  let running: Promise<void> | null = null;
  const abort = new AbortController();
  const take = async (config: CentralConfig) => {
    const response = await fetch(`${config.url}/api/central/survey-questions`, {
      headers: { authorization: `Bearer ${config.siteToken}`, 'user-agent': 'Lotsa-Hub' },
      signal: AbortSignal.any([abort.signal, AbortSignal.timeout(CENTRAL_TIMEOUT_MS)]),
      redirect: 'manual',
    });
    if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    const central = CentralSurveyQuestions.parse(await response.json());
    if (central.updatedAt === null || abort.signal.aborted) return;
    const taken = readSyncState(ctx.db).questionsTaken;
    if (taken !== null && Date.parse(central.updatedAt) <= Date.parse(taken)) return;
    ctx.writer.together(() => {
      saveSurveyConfig(ctx, { idleResetSeconds: readSurveyConfig(ctx).idleResetSeconds, questions: central.questions });
      ctx.writer.write(() => recordQuestionsTaken(ctx.db, central.updatedAt!));
    });
    log(`survey questions taken over from the central service (set ${central.updatedAt})`);
  };
  return {
    refresh(config: CentralConfig) {
      if (running) return;
      running = take(config)
        .catch((error: Error) => {
          if (!abort.signal.aborted) log(`central survey questions: could not take them over: ${error.message}`);
        })
        .finally(() => (running = null));
    },
    async stop() {
      abort.abort();
      await running;
    },
  };
}
