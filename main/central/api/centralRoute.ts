// The central service's routes are declared like the hub's (main/api/route.ts), with its own kind of caller.
import { routeFor } from '../../api/route.ts';
import type { CentralPrincipal } from './centralPrincipal.ts';
import type { CentralDb } from '../db/centralDb.ts';
import type { AuthGuards } from '../../auth/guards.ts';

export const centralRoute = routeFor<CentralPrincipal>();

export interface CentralRouteContext {
  db: CentralDb;
  guards: AuthGuards;
  /** The one-time code that creates the first administrator while none exists. */
  setupCode: string;
  clock: () => number;
  /** Test knob: how long a push waits between writing its rows and COMMIT (--test-apply-delay-ms). */
  applyDelayMs: number;
  log: (line: string) => void;
}
