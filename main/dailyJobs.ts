// The hub's daily housekeeping: at start-up, then once a day after 02:30 centre time, erase expired booking names,
// prune the event log and make the nightly backup. A short timer asks the pure schedule rather than sleeping until
// 02:30, so clock changes, a machine waking from sleep or a new time zone setting cannot make it miss a night. The timer never keeps the
// process alive, and stopping waits for a backup under way so the database is not closed beneath it.
import type { HubContext } from './context.ts';
import { eraseExpiredNames } from './appointments/nameRetention.ts';
import { backupToFolderIfDue } from './backup/folderBackup.ts';
import { dailyRunDue } from './backup/dailySchedule.ts';
import { pruneEvents } from './events/eventRetention.ts';

const CHECK_EVERY_MS = 5 * 60_000;

export interface DailyJobs {
  stop(): Promise<void>;
}

export interface DailyJobsClock {
  /** Looks at the clock once and starts the day's jobs when they are due. */
  check(): void;
  /** Resolves when jobs started by a check have finished. */
  idle(): Promise<void>;
}

/** The jobs and their schedule without a timer: the hub checks every few minutes, bench:soak at its simulated times. */
export function dailyJobs(ctx: HubContext, log: (line: string) => void): DailyJobsClock {
  let lastRunMs: number | null = null;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    try {
      const erased = eraseExpiredNames(ctx);
      if (erased > 0) log(`erased the names of ${erased} past booking(s) (retention period)`);
    } catch (error) {
      log(`could not erase expired booking names: ${(error as Error).message}`);
    }
    try {
      const pruned = await pruneEvents(ctx);
      if (pruned > 0) log(`deleted ${pruned} event(s) older than ${ctx.settings().eventRetentionDays} days from the event log`);
    } catch (error) {
      log(`could not prune the event log: ${(error as Error).message}`);
    }
    try {
      const file = await backupToFolderIfDue(ctx);
      if (file) log(`backup written: ${file}`);
    } catch (error) {
      log(`nightly backup failed: ${(error as Error).message}`);
    }
  };
  return {
    check: () => {
      const now = ctx.clock();
      if (!dailyRunDue(now, lastRunMs, ctx.settings().timeZone)) return;
      lastRunMs = now;
      running = run();
    },
    idle: () => running,
  };
}

export function startDailyJobs(ctx: HubContext, log: (line: string) => void): DailyJobs {
  const jobs = dailyJobs(ctx, log);
  jobs.check();
  const timer = setInterval(jobs.check, CHECK_EVERY_MS);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await jobs.idle();
    },
  };
}
