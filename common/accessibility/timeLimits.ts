// How long a visitor screen waits before it starts over (EN 301 549 5.1.3 / WCAG 2.2.1): never without a warning at
// least WARNING_MS before, never less than a minute between touches where the visitor types or answers, and three
// times as long for someone listening in speech mode. Pure figures and one function, shared by the screens and the
// hub's check of the survey's idle setting.

/** "Do you need more time?" is shown and said this long before the reset; any touch or key cancels it. */
export const WARNING_MS = 20_000;
/** The receipt stays until Done, or this long. */
export const RECEIPT_MS = 30_000;
/** Booking entry, the survey and the error screen: at least this long between touches. */
export const ENTRY_MS = 60_000;
/** The administrator's survey idle setting cannot go below the entry limit. */
export const SURVEY_IDLE_MIN_SECONDS = ENTRY_MS / 1000;
/** Listening to every choice takes longer than reading it. */
export const SPEECH_FACTOR = 3;

export interface IdleLimit {
  /** Quiet time without a touch or key before the warning. */
  quietMs: number;
  /** Time the warning stands before the screen starts over. */
  warningMs: number;
}

/** The limit for a screen whose own quiet time is baseMs (the survey's idle setting is never taken below the floor). */
export function idleLimit(baseMs: number, speech: boolean, floorMs = 0): IdleLimit {
  const quietMs = Math.max(baseMs, floorMs);
  return speech ? { quietMs: quietMs * SPEECH_FACTOR, warningMs: WARNING_MS * SPEECH_FACTOR } : { quietMs, warningMs: WARNING_MS };
}

export type IdlePhase = 'quiet' | 'warning' | 'reset';

/** Where a screen stands msSinceActivity after its last touch or key. */
export function idlePhase(limit: IdleLimit, msSinceActivity: number): IdlePhase {
  if (msSinceActivity < limit.quietMs) return 'quiet';
  return msSinceActivity < limit.quietMs + limit.warningMs ? 'warning' : 'reset';
}
