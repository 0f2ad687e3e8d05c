// Erlang C: how many desks one pooled queue needs so that a target share of visitors is called within the target
// wait, given arrivals per hour and the mean service time (Poisson arrivals, exponential service, nobody gives up).
// C is reached through the Erlang B recursion, which stays between 0 and 1 at every step: the textbook formula's
// Aⁿ/n! overflows a double long before a large centre's load does.

export interface Load {
  /** Visitors arriving per hour. */
  arrivalsPerHour: number;
  /** Mean time a desk spends on one visitor, in minutes. */
  meanServiceMinutes: number;
}

/** Offered load in erlangs: how many desks would be busy all the time. */
export const offeredLoad = ({ arrivalsPerHour, meanServiceMinutes }: Load): number => (arrivalsPerHour * meanServiceMinutes) / 60;

/** Erlang B: the share of arrivals that would find all n desks busy if nobody could wait. */
export function erlangB(desks: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= desks; k++) b = (load * b) / (k + load * b);
  return b;
}

/** Erlang C: the probability that an arrival has to wait at all; 1 when the desks cannot keep up (n ≤ A). */
export function erlangC(desks: number, load: number): number {
  if (desks <= load) return 1;
  const b = erlangB(desks, load);
  return (desks * b) / (desks - load * (1 - b));
}

/** P(W ≤ t): the share of visitors called within `minutes` of arriving, with n desks. */
export function shareWithin(desks: number, traffic: Load, minutes: number): number {
  const load = offeredLoad(traffic);
  if (desks <= load) return 0;
  const c = erlangC(desks, load);
  // (nμ − λ)·t, with μ per minute and λ per minute: the rate at which the queue drains beyond the arrivals.
  return 1 - c * Math.exp((-(desks - load) * minutes) / traffic.meanServiceMinutes);
}

/** The smallest number of desks that keeps up (n > A) and calls at least `targetShare` of visitors within
 *  `targetMinutes`; 0 when nobody is expected. */
export function desksNeeded(traffic: Load, targetMinutes: number, targetShare: number): number {
  if (traffic.arrivalsPerHour <= 0) return 0;
  if (!(traffic.meanServiceMinutes > 0)) throw new RangeError(`mean service time must be positive, got ${traffic.meanServiceMinutes}`);
  if (!(targetShare > 0 && targetShare <= 1)) throw new RangeError(`target share must be in (0, 1], got ${targetShare}`);
  let desks = Math.floor(offeredLoad(traffic)) + 1;
  // Past a few desks above the load the share climbs to 1 in floating point, so a target share of 1 ends too.
  while (shareWithin(desks, traffic, targetMinutes) < targetShare) desks++;
  return desks;
}
