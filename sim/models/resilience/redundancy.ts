/**
 * Capacity in service and availability of a redundant group of units (N, N+1, 2N), and the Uptime Institute tier
 * a topology corresponds to.
 *
 * Equation:
 *   needed = max(1, ceil(designLoadW / unitCapacityW)); installed = needed (N), needed + 1 (N+1), 2 needed (2N)
 *     (installedUnits of ../power/redundancy.ts)
 *   capacityFraction = min(1, inService * unitCapacityW / designLoadW)            (1 when designLoadW = 0, and
 *     when inService falls short of designLoadW / unitCapacityW by under 1e-9, installedUnits' rounding guard)
 *   unitAvailability A = mtbfS / (mtbfS + mttrS)                                   (steady state, alternating renewal)
 *   k-out-of-n: P(at least k of n up) = sum_{i=k..n} C(n, i) A^i (1 - A)^(n - i)   (units independent)
 *   time with at least k in service = sum over steps with inService >= k of their length (timeInServiceAtLeastS)
 *   group availability: N -> N-out-of-N = A^N; N+1 -> N-out-of-(N+1);
 *     2N -> two independent systems of N units each (system + system): 1 - (1 - A^N)^2
 * Assumptions: units fail and are repaired independently (no common cause, one repair crew per unit); load is
 *   shared so any unit can carry any share (pooled capacity); 2N's availability treats each side as one system
 *   (a unit failing on side A does not borrow side B's units), which is below the pooled N-out-of-2N figure.
 *   Tier mapping (topology only; a real tier needs Uptime's certification of the whole site):
 *     Tier I basic capacity: N components, one distribution path;
 *     Tier II redundant capacity components: N+1 (or more) components, one path;
 *     Tier III concurrently maintainable: N+1 components and two paths, one active (any unit or path can be
 *       taken out for maintenance without affecting IT);
 *     Tier IV fault tolerant: 2N (system + system), two simultaneously active paths (any single failure
 *       tolerated). UPTIME_TIER_AVAILABILITY holds the availabilities usually quoted for the tiers: published
 *       figures from Uptime's white paper, not results of this model.
 * Validity: designLoadW >= 0, unitCapacityW > 0, 0 <= inService; 0 <= A <= 1; 0 <= k <= n, integers.
 * References: Uptime Institute, "Tier Classifications Define Site Infrastructure Performance" (Turner, Seader,
 *   Renaud, Brill), restated as "Data Center Site Infrastructure Tier Standard: Topology" (tier definitions and
 *   99.671 / 99.741 / 99.982 / 99.995 %); read through secondary summaries (coldlogik.com FAQ on tier ratings,
 *   chloridepower.com "Tier performance standards" table; research notes section 3b), the standard itself not
 *   retrieved. k-out-of-n and steady-state availability: Rausand & Hoyland, System Reliability Theory, 2nd ed.
 *   (2004), sec. 4.4 (k-out-of-n structures) and sec. 7.3 (availability of a repairable item).
 * Validated by: test/models/resilience/redundancy.test.ts (hand-computed binomial sums, N+1 minus one = N)
 * @example kOutOfNAvailability(2, 3, 0.9) // => 3 * 0.81 * 0.1 + 0.729 = 0.972
 */
import { installedUnits, type Redundancy } from '../power/redundancy.js';

export type { Redundancy };

export interface RedundantGroup { needed: number; installed: number; unitCapacityW: number; designLoadW: number }

/** Units needed and installed for a design load. */
export function redundantGroup(designLoadW: number, unitCapacityW: number, redundancy: Redundancy): RedundantGroup {
  return {
    needed: installedUnits(designLoadW, unitCapacityW, 'N'),
    installed: installedUnits(designLoadW, unitCapacityW, redundancy),
    unitCapacityW,
    designLoadW,
  };
}

/** Fraction of the design load the units in service can carry, 0-1. */
export function capacityFraction(inService: number, unitCapacityW: number, designLoadW: number): number {
  if (!(inService >= 0) || !(unitCapacityW > 0) || !(designLoadW >= 0)) {
    throw new RangeError(`capacityFraction: inService >= 0, unitCapacityW > 0, designLoadW >= 0; got ${inService}, ${unitCapacityW}, ${designLoadW}`);
  }
  if (designLoadW === 0) return 1;
  // The same 1e-9 guard as installedUnits: the N units it sizes for a load a hair above a multiple carry it all.
  const unitsOfLoad = designLoadW / unitCapacityW;
  return inService >= unitsOfLoad - 1e-9 ? 1 : inService / unitsOfLoad;
}

/** Steady-state availability of one repairable unit. */
export function unitAvailability(mtbfS: number, mttrS: number): number {
  if (!(mtbfS > 0) || !(mttrS >= 0)) throw new RangeError(`unitAvailability: mtbfS > 0 and mttrS >= 0, got ${mtbfS}, ${mttrS}`);
  return mtbfS === Infinity ? 1 : mtbfS / (mtbfS + mttrS);
}

/** Probability that at least k of n independent units, each up with probability A, are up. */
export function kOutOfNAvailability(k: number, n: number, availability: number): number {
  if (!(Number.isInteger(k) && Number.isInteger(n) && k >= 0 && k <= n) || !(availability >= 0 && availability <= 1)) {
    throw new RangeError(`kOutOfNAvailability: integers 0 <= k <= n and 0 <= A <= 1, got k ${k}, n ${n}, A ${availability}`);
  }
  let sum = 0;
  let binomial = 1; // C(n, i), built up from C(n, 0)
  for (let i = 0; i <= n; i++) {
    if (i > 0) binomial = (binomial * (n - i + 1)) / i;
    if (i >= k) sum += binomial * availability ** i * (1 - availability) ** (n - i);
  }
  return Math.min(1, sum);
}

/** Availability of a group of `needed` units under a redundancy scheme (see the equation above). */
export function groupAvailability(needed: number, redundancy: Redundancy, availability: number): number {
  if (redundancy === 'N') return kOutOfNAvailability(needed, needed, availability);
  if (redundancy === 'N+1') return kOutOfNAvailability(needed, needed + 1, availability);
  const side = kOutOfNAvailability(needed, needed, availability);
  return 1 - (1 - side) ** 2;
}

/**
 * Time over [0, untilS) with at least `minInService` units in service, from a step function (inServiceSteps of
 * failureProcess.ts: value inService[i] from atS[i] to atS[i + 1]). With minInService = installed, untilS minus
 * this is the time with redundancy lost; with minInService = needed, the time with full capacity.
 */
export function timeInServiceAtLeastS(steps: { atS: readonly number[]; inService: readonly number[] }, minInService: number, untilS: number): number {
  let timeS = 0;
  for (let i = 0; i < steps.atS.length && steps.atS[i] < untilS; i++) {
    if (steps.inService[i] >= minInService) timeS += Math.min(steps.atS[i + 1] ?? untilS, untilS) - steps.atS[i];
  }
  return timeS;
}

export interface Topology { redundancy: Redundancy; distributionPaths: 1 | 2; activePaths: 1 | 2 }
export type UptimeTier = 1 | 2 | 3 | 4;

/** The Uptime tier a topology corresponds to (components and paths only). */
export function uptimeTier(topology: Topology): UptimeTier {
  const { redundancy, distributionPaths, activePaths } = topology;
  if (redundancy === 'N') return 1;
  if (distributionPaths === 1) return 2;
  if (redundancy === '2N' && activePaths === 2) return 4;
  return 3;
}

/** Availabilities usually quoted for the tiers (Uptime white paper), 0-1; for labels, not computed. */
export const UPTIME_TIER_AVAILABILITY: Readonly<Record<UptimeTier, number>> = { 1: 0.99671, 2: 0.99741, 3: 0.99982, 4: 0.99995 };
