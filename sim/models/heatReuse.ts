/**
 * Heat reuse: how much of the heat a design's liquid loop carries is exported to a heat consumer that needs it
 * at a stated temperature, hour by hour, and the two ISO/IEC 30134-6 / The Green Grid indicators it gives.
 *
 * Equation: per hour h (loop heat Q_h in J: the heat the liquid plant takes from the racks)
 *   available_h = Q_h if returnC - approachK >= temperatureC, else 0;  returnC = facility supply + facility delta T
 *   reused_h = fraction * available_h                               (demand given as a fraction)
 *            = min(demandW[month of h] * 3600 s, available_h)       (constant or monthly demand)
 *   then (sim/metrics/water.ts) ERF = reusedJ / facilityJ (ISO/IEC 30134-6:2021 scope: reused / all energy
 *   consumed) and ERE = (facilityJ - reusedJ) / itJ = (1 - ERF) * PUE (The Green Grid WP#29, 2010)
 * Assumptions: only the liquid loop's heat counts: room air leaves CRAHs at ~36 degC and its chilled water at
 *   ~21 degC, below useful supply temperatures without a heat pump (not modelled), so air heat counts 0. The loop's
 *   return stays at supply + design delta T (variable-flow pumps hold the delta T). The plant is not credited:
 *   it still rejects the reused heat (conservative for cooling energy; an exchanger ahead of the dry cooler would
 *   unload it). The consumer takes the heat whenever it demands it (no storage).
 * Units: J, W, degC, K.
 * Validity: hourly loop heat >= 0; demand >= 0; 0 <= fraction <= 1.
 * References: ISO/IEC 30134-6:2021 "Energy Reuse Factor (ERF)" (scope: ERF = energy reused / sum of all energy
 *   consumed in the data centre); The Green Grid WP#29 "ERE: A Metric for Measuring the Benefit of Reuse Energy
 *   from a Data Center" (Patterson ed., 2010); approach default: plantSpec.ts CDU approach (Deschutes, 3 K).
 * Validated by: test/models/heatReuse.test.ts (hand-computed hours; ERE = (1 - ERF) PUE property); unit tests only
 * @example heatReuse({ temperatureC: 30, approachK: 3, demand: { kind: 'fraction', fraction: 0.5 } }, 37,
 *   new Float64Array([3.6e9, 7.2e9]), new Uint8Array([1, 1])) // => { availableJ: 10.8e9, reusedJ: 5.4e9 }
 */
import { SECONDS_PER_HOUR } from '../units.js';

export interface HeatReuseSpec {
  /** Supply temperature the consumer needs, degC. */
  temperatureC: number;
  /** Exchanger approach between the loop's return water and that supply, K. */
  approachK: number;
  /** A share of the heat available at temperature, or a mean demand per month (January first), W. */
  demand: { kind: 'fraction'; fraction: number } | { kind: 'monthly'; powerW: readonly number[] };
}

export interface HeatReuseResult {
  /** Loop heat at or above the needed temperature, J. */
  availableJ: number;
  /** Heat exported to the consumer, J. */
  reusedJ: number;
}

/**
 * Reused heat over a run from the loop's hourly heat (J per hour) and each hour's month (1-12); `returnC` is
 * the loop's return water temperature, undefined when the design has no liquid loop (nothing available).
 */
export function heatReuse(spec: HeatReuseSpec, returnC: number | undefined, loopHeatJByHour: Float64Array,
  monthOfHour: Uint8Array): HeatReuseResult {
  if (returnC === undefined || returnC - spec.approachK < spec.temperatureC) return { availableJ: 0, reusedJ: 0 };
  let availableJ = 0;
  let reusedJ = 0;
  const d = spec.demand;
  for (let h = 0; h < loopHeatJByHour.length; h++) {
    const q = Math.max(0, loopHeatJByHour[h]);
    availableJ += q;
    reusedJ += d.kind === 'fraction' ? d.fraction * q : Math.min(d.powerW[monthOfHour[h % monthOfHour.length] - 1] * SECONDS_PER_HOUR, q);
  }
  return { availableJ, reusedJ };
}
