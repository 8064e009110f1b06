/**
 * The power path through a utility loss: the generators' start on demand, the UPS battery, and when heat
 * rejection and chillers are back (history.ts reads the windows; resilienceSpec.ts states the assumptions).
 *
 * Equation: on a loss of every utility feed at time t, each of the n installed generators starts with
 *   probability 1 - p (p = COMPONENT_RELIABILITY.generatorStart.startFailureProbability), one draw each, and the
 *   set carries the site when at least k = ceil(designFacilityW / unitW) start (k-out-of-n):
 *   started:  rejection off until t + startS; chillers off until t + startS + chillerRestartS; IT on UPS meanwhile
 *   failed:   rejection and chillers off until the utility returns (chillers + chillerRestartS); the IT runs on
 *             the battery until t + batteryS, then everything stops until the utility returns (nodes + restartS)
 * Assumptions: CRAH fans and CDU pumps are on UPS (critical cooling), heat rejection is not; generators that
 *   started keep running (no failure to run); the battery's minutes hold at any load (stated at design load).
 * Validity: n >= k >= 1; 0 <= p < 1.
 * References: NUREG-0933 Item B-56 (start reliability, componentReliability.ts); NFPA 110 Type 10; Rackspace
 *   chiller restart (resilienceSpec.ts).
 * Validated by: test/simulation/resilience/powerPath.test.ts (k-of-n starts against the binomial probability)
 */
import { installedUnits } from '../../models/power/redundancy.js';
import { COMPONENT_RELIABILITY } from '../../models/resilience/componentReliability.js';
import type { ResilienceSpec } from '../../models/resilience/resilienceSpec.js';

export interface PowerWindows {
  /** Heat rejection (towers, dry coolers, chillers) off until, s. */
  rejectionOffUntilS: number;
  /** Chillers (air and trim) off until, s. */
  chillerOffUntilS: number;
  /** The IT loses power at, s (battery exhausted; Infinity while it holds), and the utility is out. */
  powerOffAtS: number;
  utilityOut: boolean;
  onGenerators: boolean;
}

export const newPowerWindows = (): PowerWindows => ({ rejectionOffUntilS: -Infinity, chillerOffUntilS: -Infinity, powerOffAtS: Infinity, utilityOut: false, onGenerators: false });

export interface GeneratorSet { needed: number; installed: number; startFailureProbability: number }

export function generatorSet(designFacilityW: number, spec: ResilienceSpec): GeneratorSet {
  const needed = Math.max(1, Math.ceil(designFacilityW / spec.generatorUnitW - 1e-9));
  return { needed, installed: installedUnits(designFacilityW, spec.generatorUnitW, spec.generatorRedundancy),
    startFailureProbability: COMPONENT_RELIABILITY.generatorStart.startFailureProbability ?? 0 };
}

/** Whether the set starts: one uniform draw per installed generator, always all of them (a fixed count per demand). */
export function generatorsStart(set: GeneratorSet, u: () => number): boolean {
  let started = 0;
  for (let k = 0; k < set.installed; k++) if (u() >= set.startFailureProbability) started++;
  return started >= set.needed;
}

/** The utility is lost at nowS: the windows that follow from the generators' start (or not). */
export function utilityLost(w: PowerWindows, nowS: number, spec: ResilienceSpec, started: boolean): void {
  w.utilityOut = true;
  if (started) {
    w.onGenerators = true;
    w.rejectionOffUntilS = nowS + spec.generatorStartS;
    w.chillerOffUntilS = nowS + spec.generatorStartS + spec.chillerRestartS;
  } else {
    w.rejectionOffUntilS = Infinity;
    w.chillerOffUntilS = Infinity;
    w.powerOffAtS = nowS + spec.upsBatteryS;
  }
}

/** The utility is back at nowS. Returns true when the IT had lost power (its nodes restart). */
export function utilityRestored(w: PowerWindows, nowS: number, spec: ResilienceSpec): boolean {
  const hadLostPower = w.powerOffAtS <= nowS;
  if (!w.onGenerators) {
    w.rejectionOffUntilS = nowS;
    w.chillerOffUntilS = nowS + spec.chillerRestartS;
  }
  w.utilityOut = false;
  w.onGenerators = false;
  w.powerOffAtS = Infinity;
  return hadLostPower;
}
